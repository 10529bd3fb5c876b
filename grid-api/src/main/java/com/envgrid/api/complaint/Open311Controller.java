package com.envgrid.api.complaint;

import com.envgrid.api.shared.BodyLimit;
import com.envgrid.api.shared.DistrictTime;
import com.envgrid.api.shared.NotFound;
import com.envgrid.api.shared.TooLarge;
import com.envgrid.core.complaint.Channel;
import com.envgrid.core.complaint.Complaint;
import com.envgrid.core.complaint.Open311;
import com.envgrid.core.input.InvalidInput;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}, in JSON and XML, the resource's extension choosing: the service
 * list, creating a request (form-encoded, as the specification says), querying requests by service code, status and
 * date range, one request, and a token's request. Field names, status values (open/closed) and the error format
 * ({@code [{code, description}]}, {@code <errors><error>…}) are the specification's; each answer is built once as
 * ordered field maps and written in the asked format by {@link Open311Format}. What a request shows is what the
 * public sees — no personal data, a location coarsened to the grid, no free-text description.
 * <p>
 * Every call may name a {@code jurisdiction_id} ({@link Jurisdictions}): a district's code, or the city's for all
 * of its districts (the default). A request created in a district must lie in it; requests are listed, and one is
 * found, only in the jurisdiction's districts.
 */
@Controller("/open311/v2")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
// the extension chooses the format; these only keep clients that also send an Accept header from a 406
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML, MediaType.APPLICATION_XML})
class Open311Controller {
    private static final int MAX_REQUESTS = 1000;
    private static final String REQUESTS = "service_requests";
    private static final String REQUEST = "request";
    private static final String JURISDICTION = "jurisdiction_id";
    private final Complaints complaints;
    private final ClientKeys clients;
    private final DistrictTime time;
    private final Jurisdictions jurisdictions;

    Open311Controller(Complaints complaints, ClientKeys clients, DistrictTime time, Jurisdictions jurisdictions) {
        this.complaints = complaints;
        this.clients = clients;
        this.time = time;
        this.jurisdictions = jurisdictions;
    }

    /** Every district offers the same services: the complaint categories. */
    @Get("/services.{format:json|xml}")
    HttpResponse<?> services(@PathVariable String format, @Nullable @QueryValue(JURISDICTION) String jurisdiction) {
        return answer(format, HttpStatus.OK, "services", "service", () -> {
            jurisdictions.districts(jurisdiction);
            return Open311.services().stream().map(Open311Controller::service).toList();
        });
    }

    /** Creates a request from the form fields of the specification (service_code, lat, long, description, …). */
    @Post(value = "/requests.{format:json|xml}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @BodyLimit(PublicComplaintController.MAX_BODY)
    HttpResponse<?> create(@PathVariable String format, HttpRequest<?> request, @Body Map<String, String> form) {
        return answer(format, HttpStatus.CREATED, REQUESTS, REQUEST, () -> {
            Double lon = number(form.get("long"));
            Double lat = number(form.get("lat"));
            jurisdictions.requireWithin(jurisdictions.districts(form.get(JURISDICTION)), lon, lat);
            String name = String.join(" ", Arrays.stream(new String[]{form.get("last_name"), form.get("first_name")})
                    .filter(s -> s != null && !s.isBlank()).toList());
            String contact = String.join(" ", Arrays.stream(new String[]{form.get("phone"), form.get("email")})
                    .filter(s -> s != null && !s.isBlank()).toList());
            var receipt = complaints.file(time.now(), new ComplaintViews.Submission(null, form.get("service_code"),
                    form.get("description"), lon, lat,
                    form.get("address_string"), name, contact, null, null, form.get("media_url"), null), Channel.OPEN311,
                    clients.of(request));
            Map<String, Object> created = new LinkedHashMap<>();
            created.put("service_request_id", String.valueOf(receipt.id()));
            created.put("service_notice", "受理期限 " + receipt.acceptBy() + ", 办结期限 " + receipt.closeBy());
            created.put("account_id", null);
            return List.of(created);
        });
    }

    @Get("/requests.{format:json|xml}")
    HttpResponse<?> requests(@PathVariable String format,
                             @Nullable @QueryValue("service_request_id") String ids,
                             @Nullable @QueryValue("service_code") String serviceCode,
                             @Nullable @QueryValue String status,
                             @Nullable @QueryValue("start_date") String startDate,
                             @Nullable @QueryValue("end_date") String endDate,
                             @Nullable @QueryValue(JURISDICTION) String jurisdiction) {
        return answer(format, HttpStatus.OK, REQUESTS, REQUEST, () -> {
            var districts = jurisdictions.districts(jurisdiction);
            Instant start = startDate == null ? null : Open311.parseDateTime(startDate);
            Instant end = endDate == null ? null : Open311.parseDateTime(endDate);
            List<String> wanted = ids == null ? null : Arrays.asList(ids.split(","));
            var listed = complaints.requests(serviceCode, status, start, end).stream()
                    .filter(c -> wanted == null || wanted.contains(String.valueOf(c.id())))
                    .filter(c -> jurisdictions.covers(districts, c.gridCode()))
                    .limit(MAX_REQUESTS).toList();
            var replies = complaints.publishedReplies(listed.stream().map(Complaint::id).toList());
            return listed.stream().map(c -> request(c, replies.get(c.id()))).toList();
        });
    }

    @Get("/requests/{id}.{format:json|xml}")
    HttpResponse<?> one(@PathVariable String id, @PathVariable String format,
                        @Nullable @QueryValue(JURISDICTION) String jurisdiction) {
        return answer(format, HttpStatus.OK, REQUESTS, REQUEST, () -> {
            var districts = jurisdictions.districts(jurisdiction);
            Complaint c = complaints.row(parseId(id));
            if (!jurisdictions.covers(districts, c.gridCode())) {
                throw new NotFound("no request " + id + " in jurisdiction " + jurisdiction);
            }
            return List.of(request(c, complaints.publishedReplies(List.of(c.id())).get(c.id())));
        });
    }

    @Get("/tokens/{token}.{format:json|xml}")
    HttpResponse<?> token(@PathVariable String token, @PathVariable String format) {
        return answer(format, HttpStatus.OK, REQUESTS, REQUEST, () -> {
            Map<String, Object> found = new LinkedHashMap<>();
            found.put("service_request_id", String.valueOf(complaints.byStatusToken(token).id()));
            found.put("token", token);
            return List.of(found);
        });
    }

    /** A service of the list, with the specification's field names. */
    private static Map<String, Object> service(Open311.Service s) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_code", s.serviceCode());
        r.put("service_name", s.serviceName());
        r.put("description", s.description());
        r.put("metadata", s.metadata());
        r.put("type", s.type());
        r.put("keywords", s.keywords());
        r.put("group", s.group());
        return r;
    }

    /**
     * A service request with the specification's field names — "long" is a Java keyword, hence a map —, showing
     * what the public may see: no description (it may name people), the grid's point instead of the exact spot, and
     * as its status notes the reply staff published (the state's name until there is one).
     */
    private Map<String, Object> request(Complaint c, PublicReplyRows.PublishedRow published) {
        var category = c.category();
        var state = c.state();
        double[] at = complaints.coarsened(c.gridCode());
        Instant updated = c.closedAt() != null ? c.closedAt() : c.acceptedAt() != null ? c.acceptedAt() : c.receivedAt();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", String.valueOf(c.id()));
        r.put("status", Open311.status(state));
        r.put("status_notes", published == null ? state.chineseName() : published.text());
        r.put("service_name", category.chineseName());
        r.put("service_code", category.key());
        r.put("agency_responsible", complaints.gridName(c.gridCode()));
        r.put("requested_datetime", Open311.dateTime(c.receivedAt(), time.zone()));
        r.put("updated_datetime", Open311.dateTime(updated, time.zone()));
        r.put("expected_datetime", Open311.dateTime(time.at(c.closeBy(), java.time.LocalTime.of(23, 59, 59)), time.zone()));
        r.put("address", complaints.gridName(c.gridCode()));
        if (at != null) {
            r.put("lat", at[1]);
            r.put("long", at[0]);
        }
        return r;
    }

    /**
     * Answers the entries a call makes, each as element {@code element} of {@code root} in XML, with the given
     * status — or, when the call fails, the error in the specification's format, in the same format as the answer.
     */
    private static HttpResponse<?> answer(String extension, HttpStatus status, String root, String element,
                                          Supplier<List<Map<String, Object>>> call) {
        Open311Format format = Open311Format.of(extension);
        try {
            return format.response(status, root, element, call.get());
        } catch (RuntimeException e) {
            HttpResponse<?> error = error(format, e);
            if (error == null) {
                throw e;
            }
            return error;
        }
    }

    /** A refusal in the specification's error format, or null for a failure that is not the client's. */
    static HttpResponse<?> error(Open311Format format, Throwable e) {
        if (e instanceof InvalidInput invalid) {
            String detail = invalid.problems().isEmpty() ? e.getMessage() : String.join("; ",
                    invalid.problems().stream().map(p -> field(p.pointer()) + ": " + p.message()).toList());
            return format.error(HttpStatus.BAD_REQUEST, detail);
        } else if (e instanceof NotFound) {
            return format.error(HttpStatus.NOT_FOUND, e.getMessage());
        } else if (e instanceof TooManyComplaints) {
            return format.error(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        } else if (e instanceof TooLarge) {
            return format.error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            return format.error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        return null;
    }

    /** The specification's name of a field the intake names by its own JSON pointer. */
    private static String field(String pointer) {
        return switch (pointer) {
            case "/category" -> "service_code";
            case "/lon" -> "long";
            case "/lat" -> "lat";
            case "/address" -> "address_string";
            case "/name" -> "first_name/last_name";
            case "/contact" -> "phone/email";
            case "" -> "body";
            default -> pointer.startsWith("/") ? pointer.substring(1) : pointer;
        };
    }

    private static Double number(String text) {
        try {
            return text == null ? null : Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("no request " + id);
        }
    }
}
