package com.envgrid.api.waste;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.enterprise.EnterpriseAlert;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.shared.Conflict;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.waste.Disposal;
import com.envgrid.core.waste.Lot;
import com.envgrid.core.waste.PlanDeviation;
import com.envgrid.core.waste.ReceiverLicence;
import com.envgrid.core.waste.Stock;
import com.envgrid.core.waste.Transfer;
import com.envgrid.core.waste.WasteCode;
import com.envgrid.core.waste.WasteList;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generators of hazardous waste (产废单位) among the sources: their plans, generation records and transfer
 * manifests, what they store, and the checks that raise alerts ({@link EnterpriseAlerts}, which open cases) — run
 * after every change to an enterprise's records and daily over all of them ({@link WasteChecks}):
 * <ul>
 *   <li>{@link AlertKind#HW_STORED_OVER_YEAR}: a lot (a code's generation of one day) still stored, oldest lots
 *   leaving first, more than {@value Stock#MAX_STORAGE_DAYS} days after it was generated; subject
 *   {@code code:day};</li>
 *   <li>{@link AlertKind#HW_UNLICENSED_RECEIVER}: a manifest whose receiver had no licence valid on the day of the
 *   transfer; subject the manifest's number;</li>
 *   <li>{@link AlertKind#HW_OFF_PLAN}: a year's generation of a code more than 30 % above its plan, or below it once
 *   the year is over ({@link PlanDeviation}); only for years with a plan; subject {@code year:code}.</li>
 * </ul>
 */
@Singleton
public class Generators {
    static final WasteList LIST = WasteList.edition2021();
    private static final BigDecimal MAX_TONNES = new BigDecimal("1000000");
    private static final Pattern MANIFEST_NUMBER = Pattern.compile("[0-9A-Za-z-]{1,40}");

    private final PlanRows plans;
    private final GenerationRows generations;
    private final ManifestRows manifests;
    private final SupervisedObjects objects;
    private final EnterpriseAlerts alerts;
    private final Audit audit;
    private final DistrictTime time;

    Generators(PlanRows plans, GenerationRows generations, ManifestRows manifests, SupervisedObjects objects,
               EnterpriseAlerts alerts, Audit audit, DistrictTime time) {
        this.plans = plans;
        this.generations = generations;
        this.manifests = manifests;
        this.objects = objects;
        this.alerts = alerts;
        this.time = time;
        this.audit = audit;
    }

    /** One enterprise's records: its grid (null in none), plans, generation records and manifests, in order. */
    record Records(String code, String gridCode, List<PlanRow> plans, List<GenerationRow> generations,
                   List<ManifestRow> manifests) {
        boolean generator() {
            return !plans.isEmpty() || !generations.isEmpty() || !manifests.isEmpty();
        }

        List<Lot> lots() {
            return generations.stream().map(g -> new Lot(g.id(), new WasteCode(g.wasteCode()), g.generatedOn(),
                    g.tonnes())).toList();
        }

        List<Transfer> transfers() {
            return manifests.stream().map(Generators::transfer).toList();
        }

        Disposal disposal(LocalDate from, LocalDate to) {
            return Disposal.of(lots(), transfers(), from, to);
        }
    }

    static Transfer transfer(ManifestRow m) {
        return new Transfer(m.number(), new WasteCode(m.wasteCode()), m.transferredOn(), m.tonnes(),
                new ReceiverLicence(m.licenceNumber(), m.licenceValidUntil()));
    }

    Records records(String code) {
        String grid = objects.source(code).map(SupervisedObjects.Source::gridCode).orElse(null);
        return new Records(code, grid, plans.findOf(code),
                generations.findOf(code),
                manifests.findOf(code));
    }

    /**
     * Whether the source generates hazardous waste: it has a plan, a generation record or a manifest. Its inspections
     * then answer the hazardous-waste checklist items too.
     */
    public boolean isGenerator(String code) {
        return plans.existsBySourceCode(code) || generations.existsBySourceCode(code)
                || manifests.existsBySourceCode(code);
    }

    /** The records of every located source that has any: the generators in grids. */
    List<Records> all() {
        Map<String, List<PlanRow>> planned = new TreeMap<>();
        plans.findAll().forEach(p -> planned.computeIfAbsent(p.sourceCode(), c -> new ArrayList<>()).add(p));
        Map<String, List<GenerationRow>> generated = new TreeMap<>();
        generations.findAll().forEach(g -> generated.computeIfAbsent(g.sourceCode(), c -> new ArrayList<>()).add(g));
        Map<String, List<ManifestRow>> transferred = new TreeMap<>();
        manifests.findAll().forEach(m -> transferred.computeIfAbsent(m.sourceCode(), c -> new ArrayList<>()).add(m));
        Set<String> codes = new TreeSet<>(planned.keySet());
        codes.addAll(generated.keySet());
        codes.addAll(transferred.keySet());
        Map<String, String> grids = objects.located().stream()
                .collect(Collectors.toMap(SupervisedObjects.Source::code, SupervisedObjects.Source::gridCode));
        return codes.stream().filter(grids::containsKey).map(code -> new Records(code, grids.get(code),
                planned.getOrDefault(code, List.of()),
                generated.getOrDefault(code, List.of()).stream()
                        .sorted((a, b) -> a.generatedOn().equals(b.generatedOn()) ? a.id().compareTo(b.id())
                                : a.generatedOn().compareTo(b.generatedOn())).toList(),
                transferred.getOrDefault(code, List.of()))).toList();
    }

    /** The card's tab for {@code year}, as of {@code today}. */
    WasteCard card(String code, int year, LocalDate today) {
        Records r = records(code);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = min(LocalDate.of(year, 12, 31), today);
        Disposal d = r.disposal(from, to);
        Stock stock = Stock.of(r.lots(), r.transfers(), to);
        Map<String, BigDecimal> planned = new TreeMap<>();
        r.plans().stream().filter(p -> p.year() == year).forEach(p -> planned.put(p.wasteCode(), p.tonnes()));
        Map<String, BigDecimal> generatedByCode = r.generations().stream().filter(g -> g.generatedOn().getYear() == year)
                .collect(Collectors.toMap(GenerationRow::wasteCode, GenerationRow::tonnes, BigDecimal::add, TreeMap::new));
        Set<String> codes = new TreeSet<>(planned.keySet());
        codes.addAll(generatedByCode.keySet());
        stock.left().forEach(l -> codes.add(l.lot().code().value()));
        List<WasteCard.CodeLine> lines = codes.stream().map(c -> new WasteCard.CodeLine(c, new WasteCode(c).category(),
                LIST.nameOf(new WasteCode(c)), planned.getOrDefault(c, BigDecimal.ZERO),
                generatedByCode.getOrDefault(c, BigDecimal.ZERO), stock.of(new WasteCode(c)))).toList();
        return new WasteCard(code, year, r.generator(), figures(d), lines,
                r.generations().stream().filter(g -> g.generatedOn().getYear() == year)
                        .map(g -> new WasteCard.GenerationLine(g.id(), g.wasteCode(), name(g.wasteCode()),
                                g.generatedOn(), g.tonnes())).toList(),
                r.manifests().stream().filter(m -> m.transferredOn().getYear() == year)
                        .map(m -> new WasteCard.ManifestLine(m.number(), m.wasteCode(), name(m.wasteCode()),
                                m.transferredOn(), m.tonnes(), m.receiverName(), m.licenceNumber(),
                                m.licenceValidUntil(), transfer(m).licensed())).toList(),
                to, stock.left().stream().map(l -> new WasteCard.StoredLine(l.lot().code().value(),
                        LIST.nameOf(l.lot().code()), l.lot().generatedOn(), l.tonnes(), l.ageDays(), l.overdue()))
                .toList());
    }

    static WasteCard.Figures figures(Disposal d) {
        return new WasteCard.Figures(d.generated(), d.transferredLicensed(), d.transferredUnlicensed(), d.stored(),
                d.rate().orElse(null));
    }

    private static String name(String code) {
        return LIST.nameOf(new WasteCode(code));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    // ---- the administrators' changes ----

    /** Replaces the enterprise's plan for {@code year} with the items sent (none: it has no plan that year). */
    @Transactional
    void setPlan(Actor actor, Instant at, String code, int year, WasteRequests.Plan plan) {
        List<InputProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(new InputProblem("/year", "the plan's year " + year + " is not between 2000 and 2100"));
        }
        List<WasteRequests.PlanItem> items = plan.items() == null ? List.of() : plan.items();
        Map<String, BigDecimal> byCode = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            WasteRequests.PlanItem item = items.get(i);
            Optional<WasteCode> wasteCode = wasteCode(item.wasteCode(), "/items/" + i + "/waste_code", problems);
            BigDecimal tonnes = tonnes(item.tonnes(), "/items/" + i + "/tonnes", true, problems);
            if (wasteCode.isPresent() && byCode.containsKey(wasteCode.get().value())) {
                problems.add(new InputProblem("/items/" + i + "/waste_code", "waste code " + wasteCode.get()
                        + " is planned twice"));
            } else if (wasteCode.isPresent() && tonnes != null) {
                byCode.put(wasteCode.get().value(), tonnes);
            }
        }
        refuseIf(problems, "the plan cannot be accepted as sent");
        Map<String, BigDecimal> before = plans.findOf(code).stream()
                .filter(p -> p.year() == year).collect(Collectors.toMap(PlanRow::wasteCode, PlanRow::tonnes,
                        (a, b) -> a, TreeMap::new));
        plans.deleteBySourceCodeAndYear(code, year);
        byCode.forEach((wasteCode, tonnes) -> plans.save(new PlanRow(null, code, year, wasteCode, tonnes)));
        audit.record(actor, at, "set_plan", "waste_plan", code + ":" + year, before, byCode);
        check(code, at);
    }

    /** Records a day's generation of a code, or replaces it: whether it is new. */
    @Transactional
    boolean recordGeneration(Actor actor, Instant at, String code, WasteRequests.Generation sent) {
        List<InputProblem> problems = new ArrayList<>();
        Optional<WasteCode> wasteCode = wasteCode(sent.wasteCode(), "/waste_code", problems);
        LocalDate day = day(sent.generatedOn(), "/generated_on", time.dateOf(at), problems);
        BigDecimal tonnes = tonnes(sent.tonnes(), "/tonnes", false, problems);
        refuseIf(problems, "the generation record cannot be accepted as sent");
        Optional<GenerationRow> before = generations.findOf(code).stream()
                .filter(g -> g.wasteCode().equals(wasteCode.get().value()) && g.generatedOn().equals(day)).findFirst();
        GenerationRow row = new GenerationRow(before.map(GenerationRow::id).orElse(null), code,
                wasteCode.get().value(), day, tonnes, at);
        if (before.isPresent()) {
            generations.update(row);
        } else {
            row = generations.save(row);
        }
        audit.record(actor, at, before.isPresent() ? "update" : "create", "waste_generation", String.valueOf(row.id()),
                before.orElse(null), row);
        check(code, at);
        return before.isEmpty();
    }

    /**
     * Records a transfer manifest: whether it is new. Sent again as it is, it is left as it is; a number recorded
     * with other content is a conflict (a manifest's number is unique nationwide).
     */
    @Transactional
    boolean recordManifest(Actor actor, Instant at, String code, WasteRequests.Manifest sent) {
        List<InputProblem> problems = new ArrayList<>();
        ManifestRow row = manifest(code, sent, time.dateOf(at), at, problems, Function.identity());
        refuseIf(problems, "the manifest cannot be accepted as sent");
        Optional<ManifestRow> known = manifests.findById(row.number());
        if (known.isPresent()) {
            if (known.get().sameAs(row)) {
                return false;
            }
            throw new Conflict("manifest " + row.number() + " is recorded already, with other content");
        }
        manifests.save(row);
        audit.record(actor, at, "create", "waste_manifest", row.number(), null, row);
        check(code, at);
        return true;
    }

    /** Writes manifests read and checked by an import, then checks their enterprises. */
    @Transactional
    void recordManifests(Actor actor, Instant at, List<ManifestRow> rows) {
        for (ManifestRow row : rows) {
            manifests.save(row);
            audit.record(actor, at, "import", "waste_manifest", row.number(), null, row);
        }
        rows.stream().map(ManifestRow::sourceCode).distinct().forEach(code -> check(code, at));
    }

    Map<String, ManifestRow> known(Set<String> numbers) {
        return manifests.findByNumberIn(numbers).stream()
                .collect(Collectors.toMap(ManifestRow::number, Function.identity()));
    }

    /**
     * A manifest as sent, checked member by member; {@code pointer} maps a member's name ({@code /tonnes}) to where
     * the problem is reported. Null when it has problems.
     */
    static ManifestRow manifest(String code, WasteRequests.Manifest sent, LocalDate today, Instant at,
                                List<InputProblem> problems, Function<String, String> pointer) {
        int before = problems.size();
        String number = sent.number() == null ? "" : sent.number().strip();
        if (!MANIFEST_NUMBER.matcher(number).matches()) {
            problems.add(new InputProblem(pointer.apply("/number"), number.isEmpty() ? "the manifest's number is needed"
                    : "a manifest number is 1 to 40 letters, digits or dashes, not \"" + number + "\""));
        }
        Optional<WasteCode> wasteCode = wasteCode(sent.wasteCode(), pointer.apply("/waste_code"), problems);
        LocalDate day = day(sent.transferredOn(), pointer.apply("/transferred_on"), today, problems);
        BigDecimal tonnes = tonnes(sent.tonnes(), pointer.apply("/tonnes"), false, problems);
        String receiver = sent.receiverName() == null ? "" : sent.receiverName().strip();
        if (receiver.isEmpty() || receiver.length() > 100) {
            problems.add(new InputProblem(pointer.apply("/receiver_name"),
                    "the receiver's name is needed, at most 100 characters"));
        }
        String licence = sent.licenceNumber() == null || sent.licenceNumber().isBlank() ? null
                : sent.licenceNumber().strip();
        if (licence != null && licence.length() > 60) {
            problems.add(new InputProblem(pointer.apply("/licence_number"), "a licence number is at most 60 characters"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ManifestRow(number, code, wasteCode.get().value(), day, tonnes, receiver, licence,
                sent.licenceValidUntil(), at);
    }

    private static Optional<WasteCode> wasteCode(String text, String pointer, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new InputProblem(pointer, "the waste code is needed (NNN-NNN-NN)", InputCode.REQUIRED, Map.of()));
            return Optional.empty();
        }
        WasteList.Checked checked = LIST.check(text);
        if (!checked.ok()) {
            problems.add(new InputProblem(pointer, checked.problem()));
        }
        return Optional.ofNullable(checked.code());
    }

    private static BigDecimal tonnes(BigDecimal tonnes, String pointer, boolean zeroAllowed, List<InputProblem> problems) {
        if (tonnes == null) {
            problems.add(new InputProblem(pointer, "the tonnes are needed", InputCode.REQUIRED, Map.of()));
            return null;
        }
        BigDecimal rounded = tonnes.compareTo(MAX_TONNES) > 0 ? tonnes : tonnes.setScale(3, RoundingMode.HALF_UP);
        if (rounded.compareTo(MAX_TONNES) > 0 || rounded.signum() < 0 || (!zeroAllowed && rounded.signum() == 0)) {
            problems.add(new InputProblem(pointer, "tonnes are a number " + (zeroAllowed ? "from 0" : "above 0")
                    + " to " + MAX_TONNES.toPlainString() + " (to three decimals), not " + tonnes.toPlainString()
                    .substring(0, Math.min(40, tonnes.toPlainString().length()))));
            return null;
        }
        return rounded;
    }

    /** A day from 2000 on and not after the district's {@code today}. */
    private static LocalDate day(LocalDate day, String pointer, LocalDate today, List<InputProblem> problems) {
        if (day == null) {
            problems.add(new InputProblem(pointer, "the day is needed (YYYY-MM-DD)", InputCode.REQUIRED, Map.of()));
            return null;
        }
        if (day.getYear() < 2000 || day.isAfter(today)) {
            problems.add(new InputProblem(pointer, "the day " + day + " is before 2000 or in the future"));
            return null;
        }
        return day;
    }

    private static void refuseIf(List<InputProblem> problems, String summary) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(summary, problems);
        }
    }

    // ---- the checks ----

    /** Raises the alerts the enterprise's records call for as of {@code at}: the new ones. */
    @Transactional
    public List<EnterpriseAlert> check(String code, Instant at) {
        return check(records(code), at);
    }

    /** The checks of every generator as of {@code at}: the alerts newly raised. */
    @Transactional
    List<EnterpriseAlert> checkAll(Instant at) {
        return all().stream().flatMap(r -> check(r, at).stream()).toList();
    }

    private List<EnterpriseAlert> check(Records r, Instant at) {
        LocalDate today = time.dateOf(at);
        List<EnterpriseAlert> raised = new ArrayList<>();
        for (Stock.Left left : Stock.of(r.lots(), r.transfers(), today).overdue()) {
            WasteCode wasteCode = left.lot().code();
            alerts.raise(r.code(), r.gridCode(), AlertKind.HW_STORED_OVER_YEAR,
                    wasteCode + ":" + left.lot().generatedOn(), wasteCode + " " + LIST.nameOf(wasteCode) + " "
                            + left.tonnes().toPlainString() + " 吨自 " + left.lot().generatedOn() + " 起贮存已 "
                            + left.ageDays() + " 天", at).ifPresent(raised::add);
        }
        for (ManifestRow m : r.manifests()) {
            if (!transfer(m).licensed() && !m.transferredOn().isAfter(today)) {
                alerts.raise(r.code(), r.gridCode(), AlertKind.HW_UNLICENSED_RECEIVER, m.number(), "联单 " + m.number()
                        + "：" + m.transferredOn() + " 转移 " + m.wasteCode() + " " + m.tonnes().toPlainString()
                        + " 吨至 " + m.receiverName() + "，" + (m.licenceNumber() == null ? "无经营许可证"
                        : "经营许可证 " + m.licenceNumber() + (m.licenceValidUntil() == null ? " 未注明有效期"
                        : " 有效期至 " + m.licenceValidUntil())), at).ifPresent(raised::add);
            }
        }
        for (int year : List.of(today.getYear() - 1, today.getYear())) {
            offPlan(r, year, today.getYear() > year, at, raised);
        }
        return raised;
    }

    private void offPlan(Records r, int year, boolean yearEnded, Instant at,
                         List<EnterpriseAlert> raised) {
        Map<String, BigDecimal> planned = r.plans().stream().filter(p -> p.year() == year)
                .collect(Collectors.toMap(PlanRow::wasteCode, PlanRow::tonnes));
        if (planned.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> generated = r.generations().stream().filter(g -> g.generatedOn().getYear() == year)
                .collect(Collectors.toMap(GenerationRow::wasteCode, GenerationRow::tonnes, BigDecimal::add));
        Stream.concat(planned.keySet().stream(), generated.keySet().stream()).distinct().sorted().forEach(code -> {
            BigDecimal plan = planned.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal made = generated.getOrDefault(code, BigDecimal.ZERO);
            PlanDeviation.of(plan, made, yearEnded).ifPresent(direction -> alerts.raise(r.code(), r.gridCode(),
                    AlertKind.HW_OFF_PLAN, year + ":" + code, year + " 年 " + code + " 产生 " + made.toPlainString()
                            + " 吨，管理计划 " + plan.toPlainString() + " 吨（"
                            + (direction == PlanDeviation.Direction.OVER ? "超出" : "不足") + "计划 30% 以上）", at)
                    .ifPresent(raised::add));
        });
    }
}
