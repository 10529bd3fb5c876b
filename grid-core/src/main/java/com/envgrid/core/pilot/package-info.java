/** Rural environment pilots (农村环境综合整治试点) and eco-civilisation creation (生态文明示范镇/村创建): the rules. */
package com.envgrid.core.pilot;
