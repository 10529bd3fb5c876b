package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import com.envgrid.api.MutableClock;
import com.envgrid.api.people.StaffFixture;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.envgrid.api.grid.GridFiles.smallDistrict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open311 GeoReport v2 in XML, read with a real XML parser and checked field by field against the specification:
 * the same resources as JSON with {@code .xml}, {@code <services><service>}, {@code <service_requests><request>},
 * {@code <errors><error>} with the HTTP status, {@code text/xml; charset=utf-8}, UTF-8 text, no personal data — and
 * the same values as the JSON answers.
 */
@MicronautTest(transactional = false)
@Property(name = "test.clock", value = "mutable")
@Property(name = "envgrid.complaints.max-per-hour", value = "5")
class Open311XmlTest extends ApiTestBase {
    /** The name of community A1, where the complaints land: Chinese with every character XML must escape. */
    static final String A1_NAME = "云溪社区 <一组> & \"二组\"";
    static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "agency_responsible", "requested_datetime", "updated_datetime", "expected_datetime",
            "address", "lat", "long");
    static final String NOISE_AT_A1 = "service_code=noise&lat=30.0031&long=120.0031";

    @Inject
    MutableClock clock;

    ApiClient anonymous;
    StaffFixture staff;

    @BeforeEach
    void smallDistrictWithStaff() throws Exception {
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday 10:00 in China
        String district = smallDistrict().json().replace("\"grid A1\"", "\"" + A1_NAME.replace("\"", "\\\"") + "\"");
        emptyLayer.startOver(ApiClient.asAdmin(http), district);
        staff = new StaffFixture(http);
        anonymous = ApiClient.anonymous(http);
    }

    @Test
    void services_xml_lists_every_service_with_the_specification_fields() {
        var answer = get("/open311/v2/services.xml");
        assertEquals(200, answer.status());
        assertEquals("text/xml; charset=utf-8", answer.contentType());
        assertTrue(answer.body().startsWith(XML_DECLARATION), answer.body());
        assertEquals("UTF-8", answer.xml().getXmlEncoding());
        assertEquals("services", answer.root());
        assertEquals(8, answer.entries().size(), "one service per complaint category");
        for (var service : answer.entries()) {
            assertEquals(SERVICE_FIELDS, List.copyOf(service.keySet()), service.toString());
            assertEquals("false", service.get("metadata"));
            assertEquals("realtime", service.get("type"));
            assertEquals("环境", service.get("group"));
        }
        var noise = answer.entries().stream().filter(s -> s.get("service_code").equals("noise")).findFirst().orElseThrow();
        assertEquals("噪声", noise.get("service_name"));
        assertEquals("施工、工业、商业经营等噪声扰民", noise.get("description"));
        assertEquals("噪声,噪音,noise", noise.get("keywords"));
        for (String accept : new String[]{"text/xml", "application/xml", "application/json"}) {
            var asked = exchange(HttpRequest.GET("/open311/v2/services.xml").accept(accept));
            assertEquals(200, asked.status(), accept);
            assertEquals("services", asked.root(), "the extension chooses the format, not Accept: " + accept);
        }
        var json = anonymous.exchange(HttpRequest.GET("/open311/v2/services.json").accept(MediaType.TEXT_XML));
        assertEquals(200, json.status());
        assertEquals(MediaType.APPLICATION_JSON, json.contentType());
    }

    @Test
    void a_request_posted_to_requests_xml_is_created_and_answered_with_its_id_and_notice() {
        var created = post("/open311/v2/requests.xml", NOISE_AT_A1 + "&description=%E5%99%AA%E5%A3%B0");
        assertEquals(201, created.status(), created.body());
        assertEquals("text/xml; charset=utf-8", created.contentType());
        assertEquals("service_requests", created.root());
        assertEquals(1, created.entries().size());
        var request = created.entries().get(0);
        assertEquals(List.of("service_request_id", "service_notice", "account_id"), List.copyOf(request.keySet()));
        assertEquals(sql.text("SELECT id FROM complaint"), request.get("service_request_id"));
        assertEquals("受理期限 2026-11-30, 办结期限 2026-12-04", request.get("service_notice"),
                "noise: accepted by the next working day, closed within 5 working days");
        assertEquals("", request.get("account_id"));
        assertTrue(created.body().contains("<account_id/>"), created.body());
        assertEquals("open311", sql.text("SELECT channel FROM complaint"));
        assertEquals("噪声", sql.text("SELECT description FROM complaint"));
    }

    @Test
    void one_request_xml_carries_every_field_of_the_specification() {
        String id = filed(NOISE_AT_A1);
        var answer = get("/open311/v2/requests/" + id + ".xml");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("text/xml; charset=utf-8", answer.contentType());
        assertEquals("service_requests", answer.root());
        assertEquals(1, answer.entries().size());
        var request = answer.entries().get(0);
        assertEquals(REQUEST_FIELDS, List.copyOf(request.keySet()));
        assertEquals(id, request.get("service_request_id"));
        assertEquals("open", request.get("status"));
        assertEquals("待受理", request.get("status_notes"));
        assertEquals("噪声", request.get("service_name"));
        assertEquals("noise", request.get("service_code"));
        assertEquals(A1_NAME, request.get("agency_responsible"));
        assertEquals("2026-11-27T10:00:00+08:00", request.get("requested_datetime"));
        assertEquals("2026-11-27T10:00:00+08:00", request.get("updated_datetime"));
        assertEquals("2026-12-04T23:59:59+08:00", request.get("expected_datetime"));
        assertEquals(A1_NAME, request.get("address"));
        assertEquals("30.0025", request.get("lat"), "the middle of A1, not the spot");
        assertEquals("120.005", request.get("long"));
    }

    @Test
    void requests_xml_are_found_by_service_code_status_dates_and_ids() {
        String noise = filed(NOISE_AT_A1);
        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
        String dust = filed("service_code=dust&lat=30.0031&long=120.0031");
        var chief = staff.as("chief");
        for (String step : new String[]{"{\"action\":\"accept\"}", "{\"action\":\"investigate\"}",
                "{\"action\":\"reply\",\"text\":\"已责令工地夜间停工\"}", "{\"action\":\"close\"}"}) {
            assertEquals(200, chief.post("/api/complaints/" + noise + "/actions", step).status(), step);
        }
        assertEquals(Set.of(noise, dust), ids(""));
        assertEquals(Set.of(noise), ids("?service_code=noise"));
        assertEquals(Set.of(dust), ids("?service_code=dust"));
        assertEquals(Set.of(noise), ids("?status=closed"));
        assertEquals(Set.of(dust), ids("?status=open"));
        assertEquals(Set.of(), ids("?service_code=noise&status=open"));
        assertEquals(Set.of(dust), ids("?start_date=2026-12-01T00:00:00%2B08:00"));
        assertEquals(Set.of(noise), ids("?end_date=2026-12-01T00:00:00%2B08:00"));
        assertEquals(Set.of(noise), ids("?start_date=2026-11-27T00:00:00Z&end_date=2026-11-28T00:00:00Z"));
        assertEquals(Set.of(noise, dust), ids("?service_request_id=" + noise + "," + dust));

        var closed = get("/open311/v2/requests.xml?status=closed");
        assertEquals("service_requests", closed.root());
        var request = closed.entries().get(0);
        assertEquals(REQUEST_FIELDS, List.copyOf(request.keySet()));
        assertEquals("closed", request.get("status"));
        assertEquals("已办结", request.get("status_notes"));
        assertEquals("2026-11-27T10:00:00+08:00", request.get("requested_datetime"));
        assertEquals("2026-12-02T10:00:00+08:00", request.get("updated_datetime"), "closed then");
        var none = get("/open311/v2/requests.xml?service_code=noise&status=open");
        assertEquals(200, none.status());
        assertEquals("service_requests", none.root(), "an empty list is still a list");
    }

    @Test
    void a_token_xml_names_its_request() {
        String id = filed(NOISE_AT_A1);
        String token = sql.text("SELECT status_token FROM complaint");
        var answer = get("/open311/v2/tokens/" + token + ".xml");
        assertEquals(200, answer.status(), answer.body());
        assertEquals("text/xml; charset=utf-8", answer.contentType());
        assertEquals("service_requests", answer.root());
        assertEquals(List.of(Map.of("service_request_id", id, "token", token)), answer.entries());
        assertEquals(List.of("service_request_id", "token"), List.copyOf(answer.entries().get(0).keySet()));
    }

    @Test
    void errors_come_back_as_xml_errors_with_the_http_status_as_code() {
        filed(NOISE_AT_A1);
        String token = sql.text("SELECT status_token FROM complaint");
        var unknownService = post("/open311/v2/requests.xml", "service_code=nope&lat=30.0031&long=120.0031&description=x");
        assertError(400, unknownService);
        assertTrue(unknownService.entries().get(0).get("description").contains("category is"), unknownService.body());
        var noLocation = post("/open311/v2/requests.xml", "service_code=noise&description=x");
        assertError(400, noLocation);
        assertTrue(noLocation.entries().get(0).get("description").contains("a location is needed"), noLocation.body());
        assertEquals(1, sql.count("SELECT count(*) FROM complaint"), "nothing stored for either");
        assertError(404, get("/open311/v2/requests/999999.xml"));
        assertError(404, get("/open311/v2/requests/abc.xml"));
        assertError(404, get("/open311/v2/tokens/" + token + "x.xml"));
        assertError(400, get("/open311/v2/requests.xml?start_date=yesterday"));
        for (int i = 1; i < 5; i++) { // up to this test's limit of 5 an hour
            filed(NOISE_AT_A1);
        }
        assertError(429, post("/open311/v2/requests.xml", NOISE_AT_A1 + "&description=x"));
    }

    @Test
    void errors_outside_the_controller_are_in_the_specification_format_too() {
        var notForm = exchange(HttpRequest.POST("/open311/v2/requests.xml", "{\"service_code\":\"noise\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertError(415, notForm);
        assertError(404, get("/open311/v2/services/noise.xml"));
        var json = anonymous.get("/open311/v2/services/noise.json");
        assertEquals(404, json.status());
        assertEquals(MediaType.APPLICATION_JSON, json.contentType());
        assertEquals(List.of(Map.of("code", "404", "description", "Page Not Found")), entries(json.json()));
        assertEquals(0, sql.count("SELECT count(*) FROM complaint"));
    }

    @Test
    void no_personal_data_in_any_xml_answer() {
        var created = post("/open311/v2/requests.xml", "service_code=noise&lat=30.0031&long=120.0031"
                + "&description=%E5%B7%A5%E5%9C%B0%E5%A4%9C%E9%97%B4%E6%96%BD%E5%B7%A5" // 工地夜间施工
                + "&address_string=%E6%9F%90%E5%B0%8F%E5%8C%BA3%E6%A0%8B" // 某小区3栋
                + "&first_name=%E5%B0%8F%E6%98%8E&last_name=%E6%9D%8E" // 小明, 李
                + "&email=li%40example.cn&phone=13812345678");
        assertEquals(201, created.status(), created.body());
        String id = created.entries().get(0).get("service_request_id");
        assertEquals("13812345678 li@example.cn", sql.text("SELECT complainant_contact FROM complaint"), "stored for staff");
        String token = sql.text("SELECT status_token FROM complaint");
        for (var answer : List.of(created, get("/open311/v2/requests.xml"), get("/open311/v2/requests/" + id + ".xml"),
                get("/open311/v2/requests.xml?service_request_id=" + id), get("/open311/v2/tokens/" + token + ".xml"))) {
            assertTrue(answer.status() == 200 || answer.status() == 201, answer.body());
            String text = answer.body() + answer.xml().getDocumentElement().getTextContent();
            for (String personal : new String[]{"小明", "13812345678", "li@example.cn", "夜间施工", "某小区", "30.0031",
                    "120.0031"}) {
                assertFalse(text.contains(personal), personal + " in " + answer.body());
            }
        }
    }

    @Test
    void markup_characters_chinese_and_control_characters_are_written_as_well_formed_utf8() {
        String id = filed(NOISE_AT_A1);
        var answer = get("/open311/v2/requests/" + id + ".xml");
        assertTrue(answer.body().contains("云溪社区 &lt;一组") && answer.body().contains("&amp;"), answer.body());
        assertEquals(A1_NAME, answer.entries().get(0).get("agency_responsible"));

        String echoed = "?start_date=%E4%BA%94%3C%26%3E%0D%0A"; // 五<&> CR LF
        var xml = get("/open311/v2/requests.xml" + echoed);
        assertError(400, xml);
        String json = anonymous.get("/open311/v2/requests.json" + echoed).json().get(0).get("description").asText();
        assertTrue(json.startsWith("'五<&>\r\n'"), json);
        assertEquals(json, xml.entries().get(0).get("description"), "the carriage return too is the same text");

        // a control character is refused before it is read, and never echoed
        var control = get("/open311/v2/requests.xml?start_date=%E4%BA%94%01");
        assertError(400, control);
        assertTrue(control.entries().get(0).get("description").contains("?start_date: control character U+0001"),
                control.body());
    }

    @Test
    void json_and_xml_of_the_same_resources_carry_the_same_fields_in_the_same_order_with_the_same_values() {
        String id = filed(NOISE_AT_A1);
        String token = sql.text("SELECT status_token FROM complaint");
        clock.advance(java.time.Duration.ofHours(1));
        filed("service_code=dust&lat=30.0031&long=120.0031");
        for (String[] resource : new String[][]{{"services", ""}, {"requests", ""}, {"requests/" + id, ""},
                {"tokens/" + token, ""}, {"requests", "?service_code=noise&status=open"}, {"requests/999999", ""}}) {
            String path = "/open311/v2/" + resource[0];
            var json = anonymous.get(path + ".json" + resource[1]);
            var xml = get(path + ".xml" + resource[1]);
            assertEquals(json.status(), xml.status(), path);
            List<Map<String, String>> jsonEntries = entries(json.json());
            assertFalse(jsonEntries.isEmpty(), path);
            assertEquals(jsonEntries, xml.entries(), path);
            assertEquals(jsonEntries.stream().map(e -> List.copyOf(e.keySet())).toList(),
                    xml.entries().stream().map(e -> List.copyOf(e.keySet())).toList(), path + ": field order");
        }
        var postedJson = anonymous.exchange(HttpRequest.POST("/open311/v2/requests.json", NOISE_AT_A1 + "&description=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        var postedXml = post("/open311/v2/requests.xml", NOISE_AT_A1 + "&description=x");
        var fromJson = entries(postedJson.json()).get(0);
        var fromXml = postedXml.entries().get(0);
        assertEquals(List.copyOf(fromJson.keySet()), List.copyOf(fromXml.keySet()));
        assertNotEquals(fromJson.get("service_request_id"), fromXml.get("service_request_id"), "two requests");
        fromJson.remove("service_request_id");
        fromXml.remove("service_request_id");
        assertEquals(fromJson, fromXml);
    }

    /** A GeoReport XML answer: status, content type, the body as sent and as parsed. */
    record XmlAnswer(int status, String contentType, String body, Document xml) {
        String root() {
            return xml.getDocumentElement().getTagName();
        }

        /** The root's children, each as its fields in document order: element name → text. */
        List<Map<String, String>> entries() {
            List<Map<String, String>> entries = new ArrayList<>();
            for (Element entry : children(xml.getDocumentElement())) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Element field : children(entry)) {
                    assertTrue(children(field).isEmpty(), field.getTagName() + " is a value, not a structure");
                    fields.put(field.getTagName(), field.getTextContent());
                }
                entries.add(fields);
            }
            return entries;
        }

        private static List<Element> children(Element parent) {
            List<Element> children = new ArrayList<>();
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    children.add(e);
                }
            }
            return children;
        }
    }

    private XmlAnswer get(String uri) {
        return exchange(HttpRequest.GET(uri));
    }

    private XmlAnswer post(String uri, String form) {
        return exchange(HttpRequest.POST(uri, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    private XmlAnswer exchange(MutableHttpRequest<?> request) {
        HttpResponse<byte[]> response;
        byte[] body;
        try {
            response = http.toBlocking().exchange(request, byte[].class);
            body = response.body();
        } catch (HttpClientResponseException e) {
            response = (HttpResponse<byte[]>) e.getResponse();
            body = e.getResponse().getBody(byte[].class).orElse(new byte[0]);
        }
        try {
            Document xml = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body));
            return new XmlAnswer(response.code(), response.getHeaders().get("Content-Type"),
                    new String(body, StandardCharsets.UTF_8), xml);
        } catch (Exception e) {
            throw new AssertionError("not XML: " + new String(body, StandardCharsets.UTF_8), e);
        }
    }

    /** Files a request through requests.xml and returns its id. */
    private String filed(String form) {
        var created = post("/open311/v2/requests.xml", form + "&description=x");
        assertEquals(201, created.status(), created.body());
        return created.entries().get(0).get("service_request_id");
    }

    private Set<String> ids(String query) {
        var answer = get("/open311/v2/requests.xml" + query);
        assertEquals(200, answer.status(), query + ": " + answer.body());
        assertEquals("service_requests", answer.root());
        return answer.entries().stream().map(r -> r.get("service_request_id")).collect(Collectors.toSet());
    }

    private static void assertError(int status, XmlAnswer answer) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("text/xml; charset=utf-8", answer.contentType());
        assertEquals("errors", answer.root());
        assertEquals(1, answer.entries().size());
        var error = answer.entries().get(0);
        assertEquals(List.of("code", "description"), List.copyOf(error.keySet()));
        assertEquals(String.valueOf(status), error.get("code"));
        assertFalse(error.get("description").isBlank());
    }

    /** A JSON answer as the same entries: each object's fields in order, null as the empty text XML gives it. */
    private static List<Map<String, String>> entries(JsonNode array) {
        List<Map<String, String>> entries = new ArrayList<>();
        for (JsonNode object : array) {
            Map<String, String> fields = new LinkedHashMap<>();
            object.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
            entries.add(fields);
        }
        return entries;
    }
}
