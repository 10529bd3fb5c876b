package com.envgrid.demo.activity;

import java.util.SplittableRandom;

/** Common Chinese names, for the demo's staff and complainants. */
final class Names {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶"
            + "程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方邹孟熊秦邱江薛顾毛钱戴";
    private static final String[] GIVEN = {"建华", "志强", "秀英", "海燕", "晓东", "春梅", "国平", "丽娟", "文杰", "红霞",
            "永刚", "雪梅", "俊杰", "玉兰", "德明", "桂芳", "晓峰", "静怡", "立新", "美玲", "浩然", "欣悦", "卫东", "慧敏", "振宇",
            "婷婷", "宏伟", "佳琪", "明辉", "淑珍", "子涵", "雨桐", "敏", "磊", "芳", "勇", "婷", "军", "涛", "霞", "斌", "丹",
            "鹏", "燕", "超", "娜"};

    private Names() {
    }

    static String surname(SplittableRandom random) {
        return String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    }

    static String person(SplittableRandom random) {
        return surname(random) + GIVEN[random.nextInt(GIVEN.length)];
    }
}
