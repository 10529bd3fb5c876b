package com.envgrid.api.complaint;

import com.envgrid.api.photo.PhotoInfo;
import com.envgrid.api.photo.Photos;
import com.envgrid.api.layer.LiveGridLayer;
import com.envgrid.api.source.SupervisedObjects;
import com.envgrid.core.complaint.Complaint;
import com.envgrid.core.complaint.ComplaintCategory;
import com.envgrid.core.complaint.ComplaintCode;
import com.envgrid.core.complaint.Routing;
import com.envgrid.core.input.InputCode;
import com.envgrid.core.input.InputProblem;
import com.envgrid.core.input.InvalidInput;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks of a complaint as submitted — by the public or by staff —: its category, text, link and photos, and
 * where it goes ({@link Routing}); every problem reported with its pointer.
 */
@Singleton
class Submissions {
    static final int MAX_PHOTOS = 5;
    private static final Pattern WEB_LINK = Pattern.compile("https?://\\S{1,492}");

    private final LiveGridLayer layer;
    private final SupervisedObjects directory;
    private final ComplaintSettings settings;

    Submissions(LiveGridLayer layer, SupervisedObjects directory, ComplaintSettings settings) {
        this.layer = layer;
        this.directory = directory;
        this.settings = settings;
    }

    /** A submission that passed every check: what it reports, where it goes, and the photos it names. */
    record Checked(Complaint.Report report, Complaint.Complainant from, Routing.Route route, List<String> photos) {
    }

    /**
     * Every field checked, each problem with its pointer; photos must be among those the submitter sent
     * ({@code sent} picks them from the hashes given).
     */
    Checked check(ComplaintViews.Submission s, Function<List<String>, List<PhotoInfo>> sent, String howToSend) {
        List<InputProblem> problems = new ArrayList<>();
        var category = ComplaintCategory.parse(s.category());
        if (category.isEmpty()) {
            problems.add(new InputProblem("/category", "category is " + ComplaintCategory.accepted(), InputCode.NOT_ONE_OF,
                    Map.of("accepted", ComplaintCategory.accepted())));
        }
        String description = s.description() == null ? "" : s.description().trim();
        if (description.isEmpty() || description.length() > 2000) {
            problems.add(new InputProblem("/description", "say what is wrong in 1 to 2,000 characters",
                    ComplaintCode.DESCRIPTION, Map.of("limit", 2000)));
        }
        text(problems, "/name", s.name(), 50);
        text(problems, "/contact", s.contact(), 100);
        text(problems, "/address", s.address(), 200);
        text(problems, "/submission_key", s.submissionKey(), 64);
        if (s.mediaUrl() != null && !s.mediaUrl().isBlank() && !WEB_LINK.matcher(s.mediaUrl().trim()).matches()) {
            problems.add(new InputProblem("/media_url", "media_url is an http or https link of at most 500 characters"));
        }
        List<String> photoHashes = s.photos() == null ? List.of() : s.photos();
        if (photoHashes.size() > MAX_PHOTOS) {
            problems.add(new InputProblem("/photos", "at most " + MAX_PHOTOS + " photos with a complaint",
                    InputCode.TOO_LONG, Map.of("limit", MAX_PHOTOS)));
        } else {
            var stored = sent.apply(photoHashes.stream().filter(h -> h != null && Photos.SHA256.matcher(h).matches())
                    .toList()).stream().map(PhotoInfo::sha256).toList();
            for (int i = 0; i < photoHashes.size(); i++) {
                if (!stored.contains(photoHashes.get(i))) {
                    problems.add(new InputProblem("/photos/" + i, "no photo " + photoHashes.get(i)
                            + " has been received from you: " + howToSend + " first", InputCode.UNKNOWN,
                            Map.of("value", String.valueOf(photoHashes.get(i)))));
                }
            }
        }
        Routing.Route route = null;
        if (s.lon() == null || s.lat() == null || !Double.isFinite(s.lon()) || !Double.isFinite(s.lat())
                || Math.abs(s.lon()) > 180 || Math.abs(s.lat()) > 90) {
            problems.add(new InputProblem("/lon", "a location is needed: lon within ±180, lat within ±90",
                    ComplaintCode.LOCATION_NEEDED, Map.of()));
        } else {
            var located = layer.locator().locate(s.lon(), s.lat());
            route = new Routing(layer.layer(), settings.nearBoundaryM())
                    .route(located, s.lon(), s.lat(), directory.riverCourses()).orElse(null);
            if (route == null) {
                problems.add(new InputProblem("/lon", "[" + s.lon() + ", " + s.lat() + "] is outside the district;"
                        + " complaints about other places go to their own district's hotline",
                        ComplaintCode.OUTSIDE_DISTRICT, Map.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput("the complaint cannot be taken in as sent", problems);
        }
        return new Checked(new Complaint.Report(s.submissionKey(), category.get(), description, s.lon(), s.lat(),
                blankToNull(s.address()), blankToNull(s.mediaUrl())),
                new Complaint.Complainant(blankToNull(s.name()), blankToNull(s.contact())), route, photoHashes);
    }

    private static void text(List<InputProblem> problems, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new InputProblem(pointer, "at most " + max + " characters", InputCode.TOO_LONG,
                    Map.of("limit", max, "length", value.length())));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
