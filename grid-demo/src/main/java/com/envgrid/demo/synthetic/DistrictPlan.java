package com.envgrid.demo.synthetic;

/**
 * What makes one generated demo district its own: its code and name, where it lies and how large it is, the seed
 * of its shapes, the names of its first-level grids (three streets, three towns, a park in the tiling and a park
 * inside the first town) and the names its second-level grids draw from, and how many each street and town has.
 *
 * @param semiAxesMetres the district's outline is a noise-warped ellipse with these semi-axes (east, north)
 */
record DistrictPlan(long seed, String code, String name, double originLon, double originLat, double[] semiAxesMetres,
                    String[] streets, String[] towns, String outerPark, String innerPark, String[] communities,
                    String[] villages, String[] outerParkCells, String[] innerParkCells, int streetChildren,
                    int townChildren) {

  /** 清源区 (320214), the demo's first district: about 20 km × 15 km near lon 120.30, lat 31.55. */
  static final DistrictPlan QINGYUAN = new DistrictPlan(320214L, "320214", "清源区", 120.30, 31.55,
      new double[] {9_800, 6_600},
      new String[] {"云溪街道", "柳塘街道", "金桥街道"}, new String[] {"鹤岭镇", "荷湾镇", "石埭镇"},
      "清源高新技术产业园区", "清源生态农业示范园",
      new String[] {"春晖", "明珠", "锦绣", "翠竹", "丽景", "和平", "新华", "文昌", "望湖", "枫桥", "景苑", "华庭", "瑞泽",
          "嘉禾", "书香", "星港", "福园", "清风", "长乐", "祥和", "泰安", "锦程", "兴隆", "怡康", "同心", "阳光", "友谊",
          "康宁", "云锦", "溪畔"},
      new String[] {"桃坞", "荷塘", "芦荡", "柳港", "杨湾", "陈巷", "新塘", "沙墩", "白荡", "石桥", "蒋泾", "徐舍", "梅岸",
          "竹溪", "鸭城", "张泾", "许家", "莲花", "后宅", "前洲", "双庙", "吴塘", "朱家", "钱桥"},
      new String[] {"创新大道网格", "科技园网格", "智造园网格", "物流园网格", "软件园网格", "孵化园网格"},
      new String[] {"花卉基地网格", "果蔬基地网格", "水产基地网格"}, 7, 7);

  /**
   * 东澜区 (320215), the demo's second district, east of 清源区 across a strip of country neither covers: smaller
   * (about 15 km × 11 km) and with fewer grids, so that the demo's first start stays quick. Its seed is the
   * first from 320215 on that gives every deliberate feature.
   */
  static final DistrictPlan DONGLAN = new DistrictPlan(320219L, "320215", "东澜区", 120.50, 31.53,
      new double[] {7_400, 5_200},
      new String[] {"观澜街道", "望江街道", "新港街道"}, new String[] {"梅渚镇", "芦圩镇", "桐溪镇"},
      "东澜经济开发区", "梅渚湿地生态园",
      new String[] {"东湖", "滨江", "澜庭", "海棠", "银杏", "紫薇", "青桐", "江帆", "绿洲", "晨曦", "颐和", "润园",
          "金穗", "桂苑", "湖光", "曙光"},
      new String[] {"渔港", "菱塘", "苇荡", "沈巷", "周泾", "黄墩", "葛庄", "顾家", "汤湾", "南浜", "北圩", "蔡桥"},
      new String[] {"港城大道网格", "保税园网格", "新材料园网格", "装备园网格"},
      new String[] {"芦苇荡网格", "观鸟台网格", "湿地科普网格"}, 4, 4);

  String innerParkCode() {
    return code + "402";
  }
}
