package com.envgrid.api.basemap;

import com.envgrid.api.ApiClient;
import com.envgrid.api.ApiTestBase;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A tile server such as 天地图: the pages are told its template, and the browser may load its images. */
@MicronautTest(transactional = false)
@Property(name = "envgrid.basemap.url", value = RemoteBasemapTest.TIANDITU)
@Property(name = "envgrid.basemap.attribution", value = "© 天地图")
@Property(name = "envgrid.basemap.subdomains", value = "01234567")
@Property(name = "envgrid.basemap.max-zoom", value = "17")
@Property(name = "envgrid.web.image-origins", value = "https://photos.example.org")
class RemoteBasemapTest extends ApiTestBase {
    static final String TIANDITU = "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
            + "&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=k";

    @Test
    void pages_learn_the_tile_server_and_may_load_its_images() {
        var config = ApiClient.anonymous(http).get("/api/public/basemap").json();
        assertEquals(TIANDITU, config.get("url").asText());
        assertEquals("© 天地图", config.get("attribution").asText());
        assertEquals("01234567", config.get("subdomains").asText());
        assertEquals(17, config.get("max_zoom").asInt());
        String policy = http.toBlocking().exchange(HttpRequest.GET("/complaint.html"), String.class)
                .header("Content-Security-Policy");
        assertTrue(policy.contains("img-src 'self' data: blob: https://*.tianditu.gov.cn https://photos.example.org;"),
                policy);
        assertEquals(404, ApiClient.anonymous(http).get("/tiles/0/0/0.png").status(), "this server has no tiles");
    }
}
