/**
 * Supervision orders (督办单): a joint inspection's findings sent to the grid or the department that answers for
 * them, with a deadline — the states, the workflow that moves an order between them, and its number.
 */
package com.envgrid.core.order;
