/**
 * Spreadsheets as bureaus keep them: tables read from Excel workbooks (.xlsx, .xls) and CSV text into rows of cell
 * texts with their places as Excel names them ({@code C17}), the header row found under any title rows
 * ({@link com.envgrid.core.sheet.SheetReader}); and rows written back as .xlsx
 * ({@link com.envgrid.core.sheet.SheetWriter}) — for example the rejected rows of an import with the reason beside
 * each, for the bureau to correct and send again.
 */
package com.envgrid.core.sheet;
