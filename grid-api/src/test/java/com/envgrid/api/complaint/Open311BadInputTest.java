package com.envgrid.api.complaint;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A form body that cannot be decoded, or text with a NUL, is the specification's 400 error, never a 500. */
@MicronautTest(transactional = false)
class Open311BadInputTest extends ApiTestBase {
    private ApiClient.Answer post(String extension, String form) {
        return ApiClient.anonymous(http).exchange(HttpRequest.POST("/open311/v2/requests." + extension, form)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    @Test
    void an_undecodable_form_is_the_specifications_400() {
        var answer = post("json", "%%%=&&==");
        assertEquals(400, answer.status());
        assertEquals(400, answer.json().get(0).get("code").asInt());
        assertTrue(answer.json().get(0).get("description").asText().contains("cannot be decoded"));
    }

    @Test
    void a_nul_in_a_field_is_the_specifications_400_naming_the_field() {
        var answer = post("json", "service_code=noise&lat=30.002&long=120.002&description=a%00b");
        assertEquals(400, answer.status());
        assertTrue(answer.json().get(0).get("description").asText().contains("description: control character U+0000"),
                answer.json().toString());
        assertTrue(post("xml", "description=a%00b").contentType().contains("xml"));
    }
}
