package com.envgrid.api.features;

import com.envgrid.api.shared.NotFound;
import com.envgrid.core.geo.feature.Feature;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * OGC API – Features (Part 1 Core, GeoJSON, HTML, OpenAPI 3.0; Part 2 CRS by Reference) over the platform's feature
 * layers: landing page, conformance, API document, collections, their items and single features. Open to anyone at
 * the route; what each caller reads is decided by {@link OgcCollections} and by the layers (their grid scope, or the
 * public view). Links are absolute, from the request's host, and keep the request's parameters ({@code apikey} too,
 * so that clients that cannot set headers can follow them).
 */
@Controller("/ogc")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OgcController {
    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final List<String> CONFORMANCE = List.of(CORE,
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    private static final String TITLE = "网格化环境监管平台 · 要素服务";
    private static final String DESCRIPTION = "网格、监管对象、河流、保护区、巡查覆盖、问题与投诉点位，按您的网格范围提供。"
            + " The platform's layers for GIS clients (QGIS, ArcGIS, GDAL), scoped by your grids.";

    private final OgcCollections collections;
    private final Viewers viewers;
    private final HttpHostResolver hosts;
    private final Clock clock;

    OgcController(OgcCollections collections, Viewers viewers, HttpHostResolver hosts, Clock clock) {
        this.collections = collections;
        this.viewers = viewers;
        this.hosts = hosts;
        this.clock = clock;
    }

    @Get(produces = MediaType.ALL)
    HttpResponse<String> landing(HttpRequest<?> request) {
        String base = base(request);
        List<Link> links = new ArrayList<>(self(request, base + "/", "起始页 landing page"));
        links.add(new Link(base + "/api", "service-desc", Link.OPENAPI, "OpenAPI 3.0 接口定义"));
        links.add(new Link(base + "/api?f=html", "service-doc", Link.HTML, "接口文档 API documentation"));
        links.add(new Link(base + "/conformance", "conformance", Link.JSON, "符合的标准类 conformance"));
        links.add(new Link(base + "/collections", "data", Link.JSON, "要素集合 collections"));
        return page(request, () -> OgcJson.landing(TITLE, DESCRIPTION, links),
                () -> OgcHtml.landing(TITLE, DESCRIPTION, links));
    }

    @Get(value = "/conformance", produces = MediaType.ALL)
    HttpResponse<String> conformance(HttpRequest<?> request) {
        List<Link> links = self(request, base(request) + "/conformance", "符合的标准类 conformance");
        return page(request, () -> OgcJson.conformance(CONFORMANCE), () -> OgcHtml.conformance(CONFORMANCE, links));
    }

    @Get(value = "/api", produces = MediaType.ALL)
    HttpResponse<String> api(HttpRequest<?> request) {
        String base = base(request);
        List<OgcOpenApi.Operation> operations = OgcOpenApi.operations(collections.all());
        if (OgcFormat.of(request, OgcFormat.PAGES) == OgcFormat.HTML) {
            return html(OgcHtml.api(operations, List.of(new Link(base + "/api", "alternate", Link.OPENAPI,
                    "OpenAPI 3.0 (JSON)"))));
        }
        return HttpResponse.ok(OgcOpenApi.document(operations, base)).contentType(Link.OPENAPI);
    }

    @Get(value = "/collections", produces = MediaType.ALL)
    HttpResponse<String> collections(HttpRequest<?> request) {
        Viewer viewer = viewers.current();
        String base = base(request);
        List<OgcJson.Collection> list = collections.visibleTo(viewer).stream()
                .map(layer -> collection(base, layer, viewer)).toList();
        List<Link> links = self(request, base + "/collections", "要素集合 collections");
        return page(request, () -> OgcJson.collections(list, links), () -> OgcHtml.collections(list, links));
    }

    @Get(value = "/collections/{id}", produces = MediaType.ALL)
    HttpResponse<String> collection(HttpRequest<?> request, @PathVariable String id) {
        Viewer viewer = viewers.current();
        OgcJson.Collection collection = collection(base(request), collections.readable(id, viewer), viewer);
        return page(request, () -> OgcJson.collection(collection), () -> OgcHtml.collection(collection));
    }

    @Get(value = "/collections/{id}/queryables", produces = MediaType.ALL)
    HttpResponse<String> queryables(HttpRequest<?> request, @PathVariable String id) {
        FeatureLayer layer = collections.readable(id, viewers.current());
        String url = base(request) + "/collections/" + id + "/queryables";
        if (OgcFormat.of(request, OgcFormat.PAGES) == OgcFormat.HTML) {
            return html(OgcHtml.collection(collection(base(request), layer, viewers.current())));
        }
        return HttpResponse.ok(OgcJson.queryables(layer, url)).contentType(Link.SCHEMA);
    }

    /** A page of a collection's features, filtered as {@link ItemsQuery} says, in the format asked for. */
    @Get(value = "/collections/{id}/items", produces = MediaType.ALL)
    HttpResponse<String> items(HttpRequest<?> request, @PathVariable String id) {
        Viewer viewer = viewers.current();
        FeatureLayer layer = collections.readable(id, viewer);
        OgcFormat format = OgcFormat.of(request, OgcFormat.ITEMS);
        Map<String, String> parameters = parameters(request);
        ItemsQuery query = ItemsQuery.parse(layer, parameters, collections.zone());
        List<Feature> matching = query.select(layer, layer.features(viewer, parameters), collections.zone());
        List<Feature> page = query.page(matching);
        List<Link> links = itemLinks(base(request) + "/collections/" + id, query, matching.size(), page.size());
        return switch (format) {
            case JSON -> geoJson(OgcJson.items(page, matching.size(), clock.instant(), query.crs(), links), query.crs());
            case HTML -> html(OgcHtml.items(layer, page, matching.size(), links));
        };
    }

    @Get(value = "/collections/{id}/items/{featureId}", produces = MediaType.ALL)
    HttpResponse<String> feature(HttpRequest<?> request, @PathVariable String id, @PathVariable String featureId) {
        Viewer viewer = viewers.current();
        FeatureLayer layer = collections.readable(id, viewer);
        Map<String, String> parameters = parameters(request);
        OutputCrs crs = OutputCrs.parse("crs", parameters.get("crs"));
        Feature feature = layer.feature(viewer, featureId, parameters).orElseThrow(() -> new NotFound("no feature "
                + featureId + " in " + id + " that you may read"));
        String collection = base(request) + "/collections/" + id;
        String url = collection + "/items/" + URLEncoder.encode(featureId, StandardCharsets.UTF_8);
        List<Link> links = List.of(
                new Link(url + query(parameters, Map.of("f", "json")), "self", Link.GEOJSON, "本要素 this feature"),
                new Link(url + query(parameters, Map.of("f", "html")), "alternate", Link.HTML, "网页 as HTML"),
                new Link(collection, "collection", Link.JSON, layer.title()));
        return switch (OgcFormat.of(request, OgcFormat.PAGES)) {
            case JSON -> geoJson(OgcJson.feature(feature, crs, links), crs);
            case HTML -> html(OgcHtml.feature(layer, feature, links));
        };
    }

    private OgcJson.Collection collection(String base, FeatureLayer layer, Viewer viewer) {
        String url = base + "/collections/" + layer.id();
        List<Link> links = List.of(
                new Link(url, "self", Link.JSON, layer.title()),
                new Link(url + "?f=html", "alternate", Link.HTML, layer.title() + "（网页）"),
                new Link(url + "/items", "items", Link.GEOJSON, "要素 items"),
                new Link(url + "/items?f=html", "items", Link.HTML, "要素（网页） items as HTML"),
                new Link(url + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", Link.SCHEMA,
                        "可筛选属性 queryables"));
        return new OgcJson.Collection(layer, collections.extent(layer, viewer), links);
    }

    /** self, alternate, next and prev (each in JSON and HTML), and the collection. */
    private static List<Link> itemLinks(String collection, ItemsQuery query, int matched, int returned) {
        String items = collection + "/items";
        Map<String, String> parameters = query.parameters();
        List<Link> links = new ArrayList<>(List.of(
                new Link(items + query(parameters, Map.of("f", "json")), "self", Link.GEOJSON, "本页 this page"),
                new Link(items + query(parameters, Map.of("f", "html")), "alternate", Link.HTML, "网页 as HTML")));
        for (var format : List.of(Map.entry("json", Link.GEOJSON), Map.entry("html", Link.HTML))) {
            if (query.offset() + returned < matched) {
                links.add(new Link(items + query(parameters, Map.of("f", format.getKey(), "offset",
                        String.valueOf(query.offset() + returned))), "next", format.getValue(), "下一页 next page"));
            }
            if (query.offset() > 0) {
                links.add(new Link(items + query(parameters, Map.of("f", format.getKey(), "offset",
                        String.valueOf(Math.max(0, query.offset() - query.limit())))), "prev", format.getValue(),
                        "上一页 previous page"));
            }
        }
        links.add(new Link(collection, "collection", Link.JSON, "要素集合 the collection"));
        return links;
    }

    /** self and alternate of a resource, in JSON and HTML. */
    private static List<Link> self(HttpRequest<?> request, String url, String title) {
        Map<String, String> parameters = parameters(request);
        return List.of(new Link(url + query(parameters, Map.of("f", "json")), "self", Link.JSON, title),
                new Link(url + query(parameters, Map.of("f", "html")), "alternate", Link.HTML, title + "（网页）"));
    }

    private static HttpResponse<String> page(HttpRequest<?> request, java.util.function.Supplier<String> json,
                                             java.util.function.Supplier<String> html) {
        return switch (OgcFormat.of(request, OgcFormat.PAGES)) {
            case JSON -> HttpResponse.ok(json.get()).contentType(MediaType.APPLICATION_JSON_TYPE);
            case HTML -> html(html.get());
        };
    }

    private static MutableHttpResponse<String> html(String page) {
        return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML + ";charset=utf-8");
    }

    private static MutableHttpResponse<String> geoJson(String body, OutputCrs crs) {
        return HttpResponse.ok(body).contentType(Link.GEOJSON).header("Content-Crs", "<" + crs.uri() + ">");
    }

    private String base(HttpRequest<?> request) {
        return hosts.resolve(request) + "/ogc";
    }

    /** The request's query parameters, the first value of each, in their order. */
    private static Map<String, String> parameters(HttpRequest<?> request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameters().names().forEach(name -> parameters.put(name, request.getParameters().get(name)));
        return parameters;
    }

    /** A query string of the parameters with some replaced or added. */
    private static String query(Map<String, String> parameters, Map<String, String> replaced) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putAll(replaced);
        return "?" + all.entrySet().stream().map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
