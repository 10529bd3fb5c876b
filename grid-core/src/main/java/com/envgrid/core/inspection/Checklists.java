package com.envgrid.core.inspection;

import com.envgrid.core.duty.TargetKind;
import com.envgrid.core.source.SourceKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklist suited to what is inspected: an enterprise, a construction site (the "six hundred percents" of
 * dust control, 六个百分百), another pollution source, a grid patrol or a river patrol. A source that is also
 * something more — a generator of hazardous waste, a holder of radiation sources and devices — gets that
 * {@link Supplement}'s items after its own.
 * Keys are unique within a checklist; the same key on two checklists means the same check.
 */
public final class Checklists {
    /** Items added to a source's checklist for what it also is. */
    public enum Supplement {
        /** A generator of hazardous waste (产废单位). */
        HAZARDOUS_WASTE(List.of(
                item("hw_labels", "危险废物贮存场所、容器和包装物识别标志规范",
                        "Hazardous waste stores, containers and packages carry the prescribed labels"),
                item("hw_management_plan", "危险废物管理计划已制定并备案", "The hazardous waste management plan is filed"),
                item("hw_ledger", "危险废物台账如实记录产生、贮存、转移情况",
                        "The ledger records generation, storage and transfers truthfully"),
                item("hw_manifests", "转移危险废物执行转移联单", "Every transfer goes with a transfer manifest"),
                item("hw_licensed_receiver", "委托持有效危险废物经营许可证的单位利用处置",
                        "Waste goes only to receivers holding a valid operating licence"),
                item("hw_storage_within_year", "危险废物贮存不超过一年", "Hazardous waste is stored for one year at most"))),
        /** A holder of sealed radioactive sources or ray devices (核技术利用单位). */
        RADIATION(List.of(
                item("radiation_licence_valid", "辐射安全许可证在有效期内，种类和范围与实际相符",
                        "Radiation safety licence is valid and covers what is held"),
                item("radiation_warning_signs", "场所设置电离辐射警告标志和工作状态指示灯",
                        "Ionising radiation warning signs and status lights are in place"),
                item("radiation_interlocks", "门机联锁、急停等安全联锁装置有效",
                        "Door interlocks, emergency stops and other safety interlocks work"),
                item("radiation_dosimeters", "辐射工作人员佩戴个人剂量计，定期检测",
                        "Radiation workers wear personal dosimeters, read regularly"),
                item("radiation_source_ledger", "放射源、射线装置台账与实物一致",
                        "The ledger of sources and devices matches what is on site"),
                item("radiation_storage_secure", "放射源贮存场所双人双锁、防盗防丢失",
                        "Source stores are double-locked and secured against theft and loss"),
                item("radiation_monitoring_records", "辐射环境监测和年度评估记录完整",
                        "Radiation monitoring and annual assessment records are complete"),
                item("radiation_staff_trained", "辐射工作人员经培训考核合格",
                        "Radiation workers are trained and certified"),
                item("radiation_emergency_plan", "辐射事故应急预案已制定并演练",
                        "Radiation accident emergency plan is in place and rehearsed")));

        private final List<ChecklistItem> items;

        Supplement(List<ChecklistItem> items) {
            this.items = items;
        }

        public List<ChecklistItem> items() {
            return items;
        }
    }

    private static final List<ChecklistItem> ENTERPRISE = List.of(
            item("permit_valid", "排污许可证在有效期内", "Discharge permit is valid"),
            item("eia_approved", "环评及验收手续齐全", "Environmental impact approval and acceptance are in place"),
            item("treatment_running", "污染防治设施正常运行", "Pollution control facilities are running normally"),
            item("online_monitoring", "在线监测设备正常运行、数据传输正常",
                    "Online monitoring equipment works and transmits data"),
            item("outlets_marked", "排污口规范设置、标识清晰", "Discharge outlets are standard and clearly marked"),
            item("no_bypass", "无暗管、偷排、漏排", "No hidden pipes, secret or leaking discharges"),
            item("hazardous_waste_storage", "危险废物贮存规范（专用场所、标识、防渗）",
                    "Hazardous waste is stored properly (dedicated store, labels, seepage protection)"),
            item("solid_waste_storage", "一般固体废物规范贮存、去向清楚",
                    "General solid waste is stored properly and its destination is known"),
            item("ledger_complete", "环境管理台账记录完整", "Environmental management ledgers are complete"),
            item("emergency_plan", "突发环境事件应急预案已备案", "Environmental emergency plan is on file"));

    private static final List<ChecklistItem> CONSTRUCTION_SITE = List.of(
            item("hoarding", "施工现场周边围挡完整", "Site hoarding is complete"),
            item("bare_soil_covered", "裸土、物料堆放全部覆盖", "Bare soil and stockpiles are covered"),
            item("vehicle_washing", "出入车辆冲洗干净", "Vehicles are washed at the exit"),
            item("roads_paved", "现场主要道路硬化", "Main site roads are paved"),
            item("wet_work", "土方开挖、拆除湿法作业", "Earthworks and demolition are kept wet"),
            item("muck_trucks_sealed", "渣土车辆密闭运输", "Muck trucks are sealed"),
            item("dust_monitoring", "扬尘在线监测设备正常运行", "Dust monitor is working"),
            item("no_night_work", "无未经许可的夜间施工", "No night work without a permit"),
            item("waste_not_burned", "无焚烧建筑垃圾", "No burning of construction waste"));

    private static final List<ChecklistItem> OTHER_SOURCE = List.of(
            item("treatment_running", "污染防治设施正常运行", "Pollution control facilities are running normally"),
            item("fume_purifier", "油烟、废气净化设施正常运行", "Fume and exhaust purifiers are working"),
            item("no_direct_discharge", "无污水直排", "No untreated wastewater is discharged"),
            item("solid_waste_storage", "一般固体废物规范贮存、去向清楚",
                    "General solid waste is stored properly and its destination is known"),
            item("no_noise_nuisance", "无噪声扰民", "No noise nuisance to residents"),
            item("ledger_complete", "环境管理台账记录完整", "Environmental management ledgers are complete"));

    private static final List<ChecklistItem> GRID_PATROL = List.of(
            item("no_straw_burning", "无秸秆焚烧", "No straw burning"),
            item("no_open_burning", "无露天焚烧垃圾", "No open burning of waste"),
            item("no_dumping", "无乱倒垃圾、渣土", "No dumped rubbish or spoil"),
            item("no_black_odorous_water", "无黑臭水体", "No black and odorous water"),
            item("no_unlicensed_workshops", "无“散乱污”小作坊", "No unlicensed polluting workshops"),
            item("no_road_dust", "道路无明显扬尘", "No visible road dust"),
            item("no_noise_nuisance", "无噪声扰民", "No noise nuisance to residents"));

    private static final List<ChecklistItem> RIVER_PATROL = List.of(
            item("no_floating_debris", "水面无漂浮物", "No floating debris on the water"),
            item("outlets_normal", "排口无异常排放", "Outlets show no abnormal discharge"),
            item("banks_clean", "岸线无垃圾堆放", "No litter on the banks"),
            item("water_normal", "水体无异常颜色、气味", "Water has no unusual colour or smell"),
            item("no_dead_fish", "无死鱼等异常现象", "No dead fish or other anomalies"),
            item("no_encroachment", "无违法侵占河道、违章搭建", "No illegal encroachment or structures on the river"),
            item("signboard_intact", "河长公示牌完好", "River chief signboard is intact"));

    private Checklists() {
    }

    /**
     * The checklist for a target, in the order an inspector walks it.
     *
     * @param sourceKind for a {@link TargetKind#SOURCE}, its {@link SourceKind} in English or Chinese
     *                   ({@code enterprise}, {@code construction_site}, {@code other}, {@code 企业}, …); null means
     *                   {@code other}. Ignored for patrols.
     * @throws IllegalArgumentException when {@code sourceKind} is not a source kind
     */
    public static List<ChecklistItem> forTarget(TargetKind kind, String sourceKind) {
        return forTarget(kind, sourceKind, Set.of());
    }

    /**
     * The checklist for a target as {@link #forTarget(TargetKind, String)} gives it, and for a source each of its
     * supplements' items after it, in {@link Supplement} order.
     */
    public static List<ChecklistItem> forTarget(TargetKind kind, String sourceKind, Set<Supplement> supplements) {
        List<ChecklistItem> checklist = own(kind, sourceKind);
        if (kind != TargetKind.SOURCE || supplements.isEmpty()) {
            return checklist;
        }
        List<ChecklistItem> supplemented = new ArrayList<>(checklist);
        EnumSet.copyOf(supplements).forEach(s -> supplemented.addAll(s.items()));
        return List.copyOf(supplemented);
    }

    private static List<ChecklistItem> own(TargetKind kind, String sourceKind) {
        return switch (kind) {
            case GRID_PATROL -> GRID_PATROL;
            case RIVER_PATROL -> RIVER_PATROL;
            case SOURCE -> switch (sourceKind(sourceKind)) {
                case ENTERPRISE -> ENTERPRISE;
                case CONSTRUCTION_SITE -> CONSTRUCTION_SITE;
                case OTHER -> OTHER_SOURCE;
            };
        };
    }

    /**
     * The first of the answered keys, in the collection's order, that is not on the target's checklist; empty when
     * every answer belongs there. Not every item needs an answer. A null key is reported as {@code "null"}.
     *
     * @throws IllegalArgumentException when {@code sourceKind} is not a source kind
     */
    public static Optional<String> unknownKey(TargetKind kind, String sourceKind, Set<Supplement> supplements,
                                              Collection<String> answeredKeys) {
        List<ChecklistItem> checklist = forTarget(kind, sourceKind, supplements);
        for (String key : answeredKeys) {
            if (checklist.stream().noneMatch(item -> item.key().equals(key))) {
                return Optional.of(String.valueOf(key));
            }
        }
        return Optional.empty();
    }

    private static SourceKind sourceKind(String text) {
        if (text == null) {
            return SourceKind.OTHER;
        }
        return SourceKind.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "source kind '" + text + "' is not one of " + SourceKind.accepted()));
    }

    private static ChecklistItem item(String key, String zh, String en) {
        return new ChecklistItem(key, zh, en);
    }
}
