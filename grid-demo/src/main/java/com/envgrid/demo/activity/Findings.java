package com.envgrid.demo.activity;

import com.envgrid.api.inspection.InspectionRequest;
import com.envgrid.core.inspection.FindingCategory;
import com.envgrid.core.inspection.Severity;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Problems as supervisors write them down, by finding category. */
final class Findings {
    private static final Map<FindingCategory, List<String>> SEEN = Map.of(
            FindingCategory.WASTEWATER, List.of("雨水排口有浑浊废水排出", "污水处理设施未正常运行，调节池溢流",
                    "车间地面冲洗水未经收集直排雨水管网"),
            FindingCategory.EXHAUST, List.of("废气收集罩破损，车间异味明显", "活性炭吸附装置未按期更换",
                    "喷涂工序未在密闭空间内进行"),
            FindingCategory.DUST, List.of("裸土未覆盖，现场扬尘明显", "出入口车辆未冲洗，道路积尘", "物料堆场未苫盖"),
            FindingCategory.SOLID_WASTE, List.of("一般固废露天堆放，未采取防雨措施", "路边有建筑垃圾堆放",
                    "生活垃圾乱堆乱放，无人清运"),
            FindingCategory.HAZARDOUS_WASTE, List.of("危废仓库标识不全，台账记录缺失", "废机油桶露天存放",
                    "危险废物贮存超期未转移"),
            FindingCategory.NOISE, List.of("夜间施工噪声扰民", "风机噪声明显，未采取减振措施"),
            FindingCategory.STRAW_BURNING, List.of("田间发现秸秆焚烧痕迹", "农户露天焚烧秸秆"),
            FindingCategory.RIVER_LITTER, List.of("河面有漂浮垃圾", "岸坡有生活垃圾堆放", "河道内水葫芦聚集"),
            FindingCategory.OTHER, List.of("发现无证“散乱污”小作坊", "环保公示牌缺失"));

    private Findings() {
    }

    /** One finding of the category: minor, general or serious in the proportions of 9 : 8 : 3. */
    static InspectionRequest.Finding of(FindingCategory category, SplittableRandom random) {
        int r = random.nextInt(20);
        Severity severity = r < 9 ? Severity.MINOR : r < 17 ? Severity.GENERAL : Severity.SERIOUS;
        return new InspectionRequest.Finding(category.key(), severity.key(),
                Randomly.oneOf(SEEN.get(category), random));
    }
}
