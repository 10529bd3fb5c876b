package com.envgrid.api.radiation;

import com.envgrid.api.audit.Audit;
import com.envgrid.api.enterprise.EnterpriseAlerts;
import com.envgrid.api.rules.CityRules;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.JobLocks;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.access.Actor;
import com.envgrid.core.access.GridScope;
import com.envgrid.core.duty.Frequency;
import com.envgrid.core.enterprise.AlertKind;
import com.envgrid.core.input.FreeText;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import com.envgrid.core.inspection.Checklists;
import com.envgrid.core.radiation.Holding;
import com.envgrid.core.radiation.HoldingStatus;
import com.envgrid.core.radiation.RadiationClass;
import com.envgrid.core.radiation.RadiationFrequencies;
import com.envgrid.core.radiation.RadiationLicence;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The radiation records of the directory's holders: each holder's licence, its sealed sources and ray devices, what
 * they make the holder due for inspection, and the licence alerts. A source or device of a class the licence does not
 * permit — or held without any licence — is saved, because it is what the inspector found, and marked
 * {@code outside_licence} wherever it is shown: refusing it would hide the violation.
 */
@Singleton
public class RadiationHoldings {
    /** The daily check's name, and its lock's, shared by every node. */
    static final String JOB = "radiation licence check";
    /** 放射源编码 (12 characters) or a device's serial number, as it may stand in a path. */
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    /** Co-60, Cs-137, Tc-99m, Am-241/Be. */
    private static final Pattern NUCLIDE = Pattern.compile("[A-Z][a-z]?-\\d{1,3}m?(/Be)?");
    /** The units an activity may be given in, with their size in becquerel. */
    private static final Map<String, Double> UNITS = Map.of("Bq", 1d, "kBq", 1e3, "MBq", 1e6, "GBq", 1e9, "TBq", 1e12);
    /** More than the strongest irradiator's sources together: a larger activity is a typing error. */
    private static final double MOST_BQ = 1e18;
    private static final int LONGEST_TERM_YEARS = 10;
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final LicenceRows licences;
    private final SealedSourceRows sources;
    private final RayDeviceRows devices;
    private final SupervisedObjects objects;
    private final CityRules rules;
    private final EnterpriseAlerts alerts;
    private final Audit audit;
    private final DistrictTime time;
    private final ApplicationEventPublisher<LicenceExpiring> events;
    private final JobLocks locks;

    RadiationHoldings(LicenceRows licences, SealedSourceRows sources, RayDeviceRows devices, SupervisedObjects objects,
                      CityRules rules, EnterpriseAlerts alerts, Audit audit, DistrictTime time,
                      ApplicationEventPublisher<LicenceExpiring> events, JobLocks locks) {
        this.licences = licences;
        this.sources = sources;
        this.devices = devices;
        this.objects = objects;
        this.rules = rules;
        this.alerts = alerts;
        this.audit = audit;
        this.time = time;
        this.events = events;
        this.locks = locks;
    }

    // ---- what the holders have ----

    /** What each holder has on site (in use or stored), by holder code; holders with nothing on site are left out. */
    public Map<String, List<RadiationFrequencies.Held>> heldByHolder() {
        Map<String, List<RadiationFrequencies.Held>> held = new HashMap<>();
        sources.findAllOrdered().stream().filter(s -> status(s.status()).held()).forEach(s -> held
                .computeIfAbsent(s.holderCode(), c -> new ArrayList<>()).add(held(Holding.SEALED_SOURCE, s.radiationClass())));
        devices.findAllOrdered().stream().filter(d -> status(d.status()).held()).forEach(d -> held
                .computeIfAbsent(d.holderCode(), c -> new ArrayList<>()).add(held(Holding.RAY_DEVICE, d.radiationClass())));
        return held;
    }

    /**
     * The checklist items a source's inspection adds for radiation: those of a holder — a source with a radiation
     * licence, or a radiation source or device on site —; none for any other.
     */
    public Set<Checklists.Supplement> checklistSupplements(String code) {
        boolean holder = licences.findById(code).isPresent()
                || sources.findOf(code).stream().anyMatch(s -> status(s.status()).held())
                || devices.findOf(code).stream().anyMatch(d -> status(d.status()).held());
        return holder ? Set.of(Checklists.Supplement.RADIATION) : Set.of();
    }

    /** The enterprise card's tab: licence, sources, devices and the frequency their classes call for. */
    public RadiationViews.Card card(String code) {
        var holder = objects.source(code);
        String name = holder.map(SupervisedObjects.Source::name).orElse(code);
        String grid = holder.map(SupervisedObjects.Source::gridCode).orElse(null);
        Optional<RadiationLicence> licence = licences.findById(code).map(RadiationHoldings::licence);
        LocalDate today = time.today();
        List<RadiationViews.Source> held = sources.findOf(code).stream()
                .map(s -> view(s, name, grid, licence.orElse(null))).toList();
        List<RadiationViews.Device> heldDevices = devices.findOf(code).stream()
                .map(d -> view(d, name, grid, licence.orElse(null))).toList();
        List<RadiationFrequencies.Held> onSite = new ArrayList<>();
        held.stream().filter(s -> status(s.status()).held())
                .forEach(s -> onSite.add(held(Holding.SEALED_SOURCE, s.radiationClass())));
        heldDevices.stream().filter(d -> status(d.status()).held())
                .forEach(d -> onSite.add(held(Holding.RAY_DEVICE, d.radiationClass())));
        Frequency frequency = rules.ofGrid(grid).radiationFrequencies().strictest(onSite).orElse(null);
        return new RadiationViews.Card(code, licence.map(l -> view(code, name, grid, l, today)).orElse(null), held,
                heldDevices, frequency);
    }

    /** Every sealed source in the grids the scope reads, by holder and class. */
    public List<RadiationViews.Source> sources(GridScope scope) {
        Map<String, SupervisedObjects.Source> holders = readableHolders(scope);
        Map<String, RadiationLicence> licensed = licencesByHolder();
        return sources.findAllOrdered().stream().filter(s -> holders.containsKey(s.holderCode()))
                .map(s -> view(s, holders.get(s.holderCode()).name(), holders.get(s.holderCode()).gridCode(),
                        licensed.get(s.holderCode()))).toList();
    }

    /** Every ray device in the grids the scope reads, by holder and class. */
    public List<RadiationViews.Device> devices(GridScope scope) {
        Map<String, SupervisedObjects.Source> holders = readableHolders(scope);
        Map<String, RadiationLicence> licensed = licencesByHolder();
        return devices.findAllOrdered().stream().filter(d -> holders.containsKey(d.holderCode()))
                .map(d -> view(d, holders.get(d.holderCode()).name(), holders.get(d.holderCode()).gridCode(),
                        licensed.get(d.holderCode()))).toList();
    }

    /** The licences in the scope's grids expiring within {@code days} of today or expired, the soonest first. */
    public List<RadiationViews.Licence> expiringWithin(GridScope scope, int days) {
        Map<String, SupervisedObjects.Source> holders = readableHolders(scope);
        LocalDate today = time.today();
        return licences.findAllByExpiry().stream().filter(l -> holders.containsKey(l.holderCode()))
                .map(l -> view(l.holderCode(), holders.get(l.holderCode()).name(), holders.get(l.holderCode()).gridCode(),
                        licence(l), today))
                .filter(l -> l.daysToExpiry() <= days).toList();
    }

    private Map<String, SupervisedObjects.Source> readableHolders(GridScope scope) {
        return objects.located().stream().filter(s -> scope.canRead(s.gridCode()))
                .collect(Collectors.toMap(SupervisedObjects.Source::code, Function.identity()));
    }

    private Map<String, RadiationLicence> licencesByHolder() {
        return licences.findAllByExpiry().stream()
                .collect(Collectors.toMap(LicenceRow::holderCode, RadiationHoldings::licence));
    }

    // ---- saving ----

    /**
     * Records the holder's licence (replacing the one it had), audited, and raises the alert it calls for today.
     *
     * @throws InvalidInput naming each field that cannot be used
     */
    @Transactional
    public RadiationViews.Licence saveLicence(Actor actor, Instant at, String code, RadiationRequests.Licence request) {
        List<InputProblem> problems = new ArrayList<>();
        String number = text(request.number(), "/number", 50, problems);
        Set<RadiationClass> sourceClasses = classes(request.sourceClasses(), Holding.SEALED_SOURCE, "/source_classes",
                problems);
        Set<RadiationClass> deviceClasses = classes(request.deviceClasses(), Holding.RAY_DEVICE, "/device_classes",
                problems);
        if (problems.isEmpty() && sourceClasses.isEmpty() && deviceClasses.isEmpty()) {
            problems.add(new InputProblem("/source_classes", "a licence permits some class of sources or of devices",
                    InputCode.REQUIRED, Map.of("expected", "list")));
        }
        LocalDate today = time.dateOf(at);
        LocalDate issued = date(request.issuedOn(), "/issued_on", EARLIEST, today, problems);
        if (issued != null) {
            date(request.expiresOn(), "/expires_on", issued.plusDays(1), issued.plusYears(LONGEST_TERM_YEARS), problems);
        } else if (request.expiresOn() == null) {
            problems.add(required("/expires_on", "date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the licence cannot be saved as sent", problems);
        }
        var before = licences.findById(code).map(RadiationHoldings::licence).orElse(null);
        RadiationLicence licence = new RadiationLicence(number, sourceClasses, deviceClasses, issued,
                request.expiresOn());
        licences.save(code, number, RadiationLicence.write(sourceClasses), RadiationLicence.write(deviceClasses),
                issued, request.expiresOn(), at);
        var holder = objects.source(code);
        String name = holder.map(SupervisedObjects.Source::name).orElse(code);
        String grid = holder.map(SupervisedObjects.Source::gridCode).orElse(null);
        audit.record(actor, at, before == null ? "create" : "update", "radiation_licence", code,
                before == null ? null : view(code, name, grid, before, today), view(code, name, grid, licence, today));
        check(code, name, grid, licence, at);
        return view(code, name, grid, licence, today);
    }

    /**
     * Records a sealed source of the holder by its code, or updates it, audited.
     *
     * @throws InvalidInput naming each field that cannot be used
     */
    @Transactional
    public Saved<RadiationViews.Source> saveSource(Actor actor, Instant at, String code, String serial,
                                                   RadiationRequests.Source request) {
        List<InputProblem> problems = new ArrayList<>();
        checkSerial(serial, problems);
        String nuclide = text(request.nuclide(), "/nuclide", 20, problems);
        if (nuclide != null && !NUCLIDE.matcher(nuclide).matches()) {
            problems.add(new InputProblem("/nuclide", "a nuclide is written as Co-60, Cs-137, Ir-192, Tc-99m or"
                    + " Am-241/Be"));
        }
        RadiationClass radiationClass = radiationClass(request.radiationClass(), Holding.SEALED_SOURCE, "/class",
                problems);
        String unit = request.activityUnit();
        if (unit == null) {
            problems.add(required("/activity_unit", "text"));
        } else if (!UNITS.containsKey(unit)) {
            problems.add(new InputProblem("/activity_unit", "the unit is one of Bq, kBq, MBq, GBq, TBq",
                    InputCode.NOT_ONE_OF, Map.of("accepted", "Bq, kBq, MBq, GBq, TBq")));
        }
        Double activity = request.activity();
        if (activity == null) {
            problems.add(required("/activity", "number"));
        } else if (!(activity > 0) || !Double.isFinite(activity)
                || (unit != null && UNITS.containsKey(unit) && activity * UNITS.get(unit) > MOST_BQ)) {
            problems.add(new InputProblem("/activity", "an activity is more than 0 and at most 10¹⁸ Bq",
                    InputCode.OUT_OF_RANGE, Map.of("min", 0, "max", "1e18 Bq")));
        }
        LocalDate activityOn = date(request.activityOn(), "/activity_on", EARLIEST, time.dateOf(at), problems);
        String location = text(request.location(), "/location", FreeText.MAX_NAME_CHARS, problems);
        HoldingStatus status = status(request.status(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the source cannot be saved as sent", problems);
        }
        var before = sources.find(code, serial);
        sources.save(code, serial, nuclide, radiationClass.key(), activity, unit, activityOn, location, status.key(), at);
        var holder = objects.source(code);
        String name = holder.map(SupervisedObjects.Source::name).orElse(code);
        String grid = holder.map(SupervisedObjects.Source::gridCode).orElse(null);
        RadiationLicence licence = licences.findById(code).map(RadiationHoldings::licence).orElse(null);
        var after = view(sources.find(code, serial).orElseThrow(), name, grid, licence);
        audit.record(actor, at, before.isPresent() ? "update" : "create", "radiation_source", code + "/" + serial,
                before.map(b -> view(b, name, grid, licence)).orElse(null), after);
        return new Saved<>(after, before.isEmpty());
    }

    /**
     * Records a ray device of the holder by its serial number, or updates it, audited.
     *
     * @throws InvalidInput naming each field that cannot be used
     */
    @Transactional
    public Saved<RadiationViews.Device> saveDevice(Actor actor, Instant at, String code, String serial,
                                                   RadiationRequests.Device request) {
        List<InputProblem> problems = new ArrayList<>();
        checkSerial(serial, problems);
        String kind = text(request.kind(), "/kind", FreeText.MAX_NAME_CHARS, problems);
        String model = text(request.model(), "/model", FreeText.MAX_NAME_CHARS, problems);
        RadiationClass radiationClass = radiationClass(request.radiationClass(), Holding.RAY_DEVICE, "/class", problems);
        String location = text(request.location(), "/location", FreeText.MAX_NAME_CHARS, problems);
        HoldingStatus status = status(request.status(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput("the device cannot be saved as sent", problems);
        }
        var before = devices.find(code, serial);
        devices.save(code, serial, kind, model, radiationClass.key(), location, status.key(), at);
        var holder = objects.source(code);
        String name = holder.map(SupervisedObjects.Source::name).orElse(code);
        String grid = holder.map(SupervisedObjects.Source::gridCode).orElse(null);
        RadiationLicence licence = licences.findById(code).map(RadiationHoldings::licence).orElse(null);
        var after = view(devices.find(code, serial).orElseThrow(), name, grid, licence);
        audit.record(actor, at, before.isPresent() ? "update" : "create", "ray_device", code + "/" + serial,
                before.map(b -> view(b, name, grid, licence)).orElse(null), after);
        return new Saved<>(after, before.isEmpty());
    }

    /** What was saved, and whether it is new (201) or an update (200). */
    public record Saved<T>(T view, boolean created) {
    }

    // ---- the licence alerts ----

    /**
     * Raises, as of {@code now}, the alert every licence calls for — unless another node is running the check at
     * this moment: whether this node checked. Each alert is raised once per licence and expiry, however often this
     * runs.
     */
    @Transactional
    public boolean checkAllAlone(Instant now) {
        if (!locks.tryHold(JOB)) {
            return false;
        }
        Map<String, SupervisedObjects.Source> located = objects.located().stream()
                .collect(Collectors.toMap(SupervisedObjects.Source::code, Function.identity()));
        for (LicenceRow row : licences.findAllByExpiry()) {
            var holder = Optional.ofNullable(located.get(row.holderCode()));
            check(row.holderCode(), holder.map(SupervisedObjects.Source::name).orElse(row.holderCode()),
                    holder.map(SupervisedObjects.Source::gridCode).orElse(null), licence(row), now);
        }
        return true;
    }

    /**
     * The alert the licence calls for on the district's day of {@code at}: an expired licence opens a case; one
     * about to expire is a warning the grid's chiefs and the district's administrators are told of, once.
     */
    private void check(String code, String name, String grid, RadiationLicence licence, Instant at) {
        LocalDate today = time.dateOf(at);
        licence.alertOn(today).ifPresent(kind -> {
            long days = licence.daysToExpiry(today);
            String detail = kind == AlertKind.RADIATION_LICENCE_EXPIRED
                    ? "辐射安全许可证 " + licence.number() + " 已于 " + licence.expiresOn() + " 到期"
                    : "辐射安全许可证 " + licence.number() + " 将于 " + licence.expiresOn() + " 到期（剩余 " + days + " 天）";
            alerts.raise(code, grid, kind, licence.subject(), detail, at).ifPresent(raised -> {
                if (kind == AlertKind.RADIATION_LICENCE_EXPIRING && grid != null) {
                    events.publishEvent(new LicenceExpiring(code, name, grid, licence.number(), licence.expiresOn(),
                            days, at));
                }
            });
        });
    }

    // ---- between rows, views and requests ----

    private static RadiationLicence licence(LicenceRow row) {
        return new RadiationLicence(row.number(), classes(row.sourceClasses()), classes(row.deviceClasses()),
                row.issuedOn(), row.expiresOn());
    }

    private static Set<RadiationClass> classes(String written) {
        Set<RadiationClass> classes = EnumSet.noneOf(RadiationClass.class);
        Arrays.stream(written.split(",")).filter(s -> !s.isEmpty()).map(RadiationClass::valueOf).forEach(classes::add);
        return classes;
    }

    private static RadiationFrequencies.Held held(Holding holding, String radiationClass) {
        return new RadiationFrequencies.Held(holding, RadiationClass.valueOf(radiationClass));
    }

    private static HoldingStatus status(String key) {
        return HoldingStatus.valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }

    private static RadiationViews.Licence view(String code, String name, String grid, RadiationLicence l,
                                               LocalDate today) {
        String standing = l.alertOn(today).map(k -> k == AlertKind.RADIATION_LICENCE_EXPIRED ? "expired" : "expiring")
                .orElse("valid");
        return new RadiationViews.Licence(code, name, grid, l.number(), keys(l.sourceClasses()),
                keys(l.deviceClasses()), l.issuedOn(), l.expiresOn(), l.daysToExpiry(today), standing);
    }

    private static List<String> keys(Set<RadiationClass> classes) {
        return classes.stream().sorted().map(RadiationClass::key).toList();
    }

    private static RadiationViews.Source view(SealedSourceRow s, String name, String grid, RadiationLicence licence) {
        return new RadiationViews.Source(s.holderCode(), name, grid, s.serial(), s.nuclide(), s.radiationClass(),
                s.activity(), s.activityUnit(), s.activityOn(), s.location(), s.status(),
                outside(licence, Holding.SEALED_SOURCE, s.radiationClass(), s.status()));
    }

    private static RadiationViews.Device view(RayDeviceRow d, String name, String grid, RadiationLicence licence) {
        return new RadiationViews.Device(d.holderCode(), name, grid, d.serial(), d.kind(), d.model(),
                d.radiationClass(), d.location(), d.status(),
                outside(licence, Holding.RAY_DEVICE, d.radiationClass(), d.status()));
    }

    /** Held on site without a licence that permits its class; one transferred out is no longer the holder's. */
    private static boolean outside(RadiationLicence licence, Holding holding, String radiationClass, String status) {
        return status(status).held()
                && (licence == null || !licence.covers(holding, RadiationClass.valueOf(radiationClass)));
    }

    private static InputProblem required(String pointer, String expected) {
        return new InputProblem(pointer, pointer.substring(1) + " is needed", InputCode.REQUIRED,
                Map.of("expected", expected));
    }

    private static String text(String text, String pointer, int longest, List<InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(required(pointer, "text"));
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > longest) {
            problems.add(new InputProblem(pointer, pointer.substring(1) + " has at most " + longest + " characters",
                    InputCode.TOO_LONG, Map.of("limit", longest, "length", stripped.length())));
            return null;
        }
        return stripped;
    }

    private static LocalDate date(LocalDate date, String pointer, LocalDate earliest, LocalDate latest,
                                  List<InputProblem> problems) {
        if (date == null) {
            problems.add(required(pointer, "date"));
            return null;
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            problems.add(new InputProblem(pointer, pointer.substring(1) + " is from " + earliest + " to " + latest,
                    InputCode.OUT_OF_RANGE, Map.of("min", earliest.toString(), "max", latest.toString())));
            return null;
        }
        return date;
    }

    private static void checkSerial(String serial, List<InputProblem> problems) {
        if (!SERIAL.matcher(serial).matches()) {
            problems.add(new InputProblem("serial", "a code or serial number is 1 to 40 of A-Z, a-z, 0-9, . _ -"));
        }
    }

    private static RadiationClass radiationClass(String text, Holding holding, String pointer,
                                                 List<InputProblem> problems) {
        if (text == null) {
            problems.add(required(pointer, "text"));
            return null;
        }
        Optional<RadiationClass> parsed = RadiationClass.parse(text).filter(holding::admits);
        if (parsed.isEmpty()) {
            String accepted = keys(EnumSet.copyOf(holding.classes())).toString();
            problems.add(new InputProblem(pointer, holding.chineseName() + " classes are " + accepted,
                    InputCode.NOT_ONE_OF, Map.of("accepted", accepted)));
        }
        return parsed.orElse(null);
    }

    private static Set<RadiationClass> classes(List<String> texts, Holding holding, String pointer,
                                               List<InputProblem> problems) {
        Set<RadiationClass> classes = EnumSet.noneOf(RadiationClass.class);
        if (texts == null) {
            return classes;
        }
        for (int i = 0; i < texts.size(); i++) {
            Optional.ofNullable(radiationClass(texts.get(i), holding, pointer + "/" + i, problems)).ifPresent(classes::add);
        }
        return classes;
    }

    private static HoldingStatus status(String text, List<InputProblem> problems) {
        if (text == null) {
            return HoldingStatus.IN_USE;
        }
        Optional<HoldingStatus> status = HoldingStatus.parse(text);
        if (status.isEmpty()) {
            problems.add(new InputProblem("/status", "status is one of " + HoldingStatus.accepted(),
                    InputCode.NOT_ONE_OF, Map.of("accepted", HoldingStatus.accepted())));
        }
        return status.orElse(null);
    }
}
