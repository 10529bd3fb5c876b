package com.envgrid.api.features;

import com.envgrid.core.geo.feature.Feature;
import com.envgrid.core.geo.feature.Field;
import org.locationtech.jts.geom.Envelope;

import java.util.List;


/**
 * The OGC API's resources as plain pages in the platform's style ({@code css/app.css}), so that a browser can look at
 * what a GIS client reads: no script and no inline style (the pages' Content-Security-Policy), every value escaped.
 */
final class OgcHtml {
    private static final String PLATFORM = "网格化环境监管平台";

    private OgcHtml() {
    }

    static String landing(String title, String description, List<Link> links) {
        return page(title, links, "<p>" + esc(description) + "</p>" + linkList(links));
    }

    static String conformance(List<String> classes, List<Link> links) {
        StringBuilder body = new StringBuilder("<ul class=\"ogc-list\">");
        classes.forEach(c -> body.append("<li><a href=\"").append(esc(c)).append("\">").append(esc(c)).append("</a></li>"));
        return page("符合的标准类 Conformance", links, body.append("</ul>").toString());
    }

    static String collections(List<OgcJson.Collection> collections, List<Link> links) {
        StringBuilder body = new StringBuilder(table("编号 id", "名称 title", "说明 description", "要素 items"));
        for (OgcJson.Collection c : collections) {
            String id = c.layer().id();
            body.append("<tr><td><a href=\"collections/").append(esc(id)).append("?f=html\">").append(esc(id))
                    .append("</a></td><td>").append(esc(c.layer().title())).append("</td><td>")
                    .append(esc(c.layer().description())).append("</td><td><a href=\"collections/").append(esc(id))
                    .append("/items?f=html\">要素 items</a></td></tr>");
        }
        return page("要素集合 Collections", links, body.append("</tbody></table></div>").toString());
    }

    static String collection(OgcJson.Collection c) {
        Envelope e = c.extent().bbox();
        StringBuilder body = new StringBuilder("<p>").append(esc(c.layer().description())).append("</p><dl class=\"details-fields\">");
        field(body, "编号 id", c.layer().id());
        field(body, "范围 extent (CRS84)", e == null ? "—" : e.getMinX() + ", " + e.getMinY() + ", " + e.getMaxX() + ", "
                + e.getMaxY());
        c.layer().temporalField().ifPresent(t -> field(body, "时间 " + t, c.extent().first() == null ? "—"
                : c.extent().first() + " / " + c.extent().last()));
        field(body, "可筛选属性 queryables", String.join(", ", c.layer().queryables()));
        c.layer().parameters().forEach((name, meaning) -> field(body, "参数 " + name, meaning));
        field(body, "坐标系 crs", OutputCrs.uris());
        body.append("</dl>");
        return page(c.layer().title(), c.links(), body + linkList(c.links()));
    }

    static String items(FeatureLayer layer, List<Feature> page, int matched, List<Link> links) {
        StringBuilder body = new StringBuilder("<p class=\"muted\">共 ").append(matched).append(" 个要素，本页 ")
                .append(page.size()).append(" 个 · ").append(matched).append(" matched, ").append(page.size())
                .append(" returned</p>");
        body.append(pager(links));
        String[] headings = new String[layer.fields().size() + 1];
        headings[0] = "编号 id";
        for (int i = 0; i < layer.fields().size(); i++) {
            Field field = layer.fields().get(i);
            headings[i + 1] = field.title() + " " + field.name();
        }
        body.append(table(headings));
        for (Feature f : page) {
            body.append("<tr><td><a href=\"items/").append(esc(f.id())).append("?f=html\">").append(esc(f.id()))
                    .append("</a></td>");
            for (Field field : layer.fields()) {
                body.append("<td>").append(value(f.properties().get(field.name()))).append("</td>");
            }
            body.append("</tr>");
        }
        body.append("</tbody></table></div>").append(pager(links));
        return page(layer.title(), links, body.toString());
    }

    static String feature(FeatureLayer layer, Feature feature, List<Link> links) {
        StringBuilder body = new StringBuilder("<dl class=\"details-fields\">");
        field(body, "编号 id", feature.id());
        for (Field field : layer.fields()) {
            if (feature.properties().containsKey(field.name())) {
                body.append("<dt>").append(esc(field.title() + " " + field.name())).append("</dt><dd>")
                        .append(value(feature.properties().get(field.name()))).append("</dd>");
            }
        }
        Envelope e = feature.geometry().getEnvelopeInternal();
        field(body, "几何 geometry", feature.geometry().getGeometryType() + " · " + e.getMinX() + ", " + e.getMinY()
                + ", " + e.getMaxX() + ", " + e.getMaxY());
        body.append("</dl>");
        return page(layer.title() + " · " + feature.id(), links, body + linkList(links));
    }

    static String api(List<OgcOpenApi.Operation> operations, List<Link> links) {
        StringBuilder body = new StringBuilder(table("路径 path", "说明 summary", "参数 parameters"));
        for (OgcOpenApi.Operation o : operations) {
            body.append("<tr><td><code>").append(esc(o.path())).append("</code></td><td>").append(esc(o.summary()))
                    .append("</td><td>");
            for (OgcOpenApi.Parameter p : o.parameters()) {
                body.append("<code>").append(esc(p.name())).append("</code> ").append(esc(p.description())).append("<br>");
            }
            body.append("</td></tr>");
        }
        return page("接口文档 API", links, body.append("</tbody></table></div>").toString());
    }

    private static String page(String title, List<Link> links, String content) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append(" · ").append(PLATFORM).append("</title>\n")
                .append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"/css/app.css\">\n");
        for (Link link : links) {
            if (link.rel().equals("alternate")) {
                html.append("<link rel=\"alternate\" type=\"").append(esc(link.type())).append("\" href=\"")
                        .append(esc(link.href())).append("\">\n");
            }
        }
        return html.append("</head>\n<body class=\"scroll-page ogc-page\">\n<header class=\"app-header\"><div class=\"brand\">"
                        + "<span class=\"brand-mark\" aria-hidden=\"true\"></span><div><h1>").append(PLATFORM)
                .append("</h1><p class=\"brand-subtitle\">OGC API – Features</p></div></div>"
                        + "<nav class=\"app-nav\"><a href=\"/ogc/\">起始页</a><a href=\"/ogc/collections\">要素集合</a>"
                        + "<a href=\"/\">地图</a></nav></header>\n")
                .append("<main class=\"page-layout narrow-layout\"><section class=\"panel\"><div class=\"panel-head\"><h2>")
                .append(esc(title)).append("</h2></div>\n").append(content)
                .append("\n</section></main>\n</body>\n</html>\n").toString();
    }

    private static String linkList(List<Link> links) {
        StringBuilder list = new StringBuilder("<h3>链接 links</h3><ul class=\"ogc-list\">");
        for (Link link : links) {
            list.append("<li><a href=\"").append(esc(link.href())).append("\" rel=\"").append(esc(link.rel()))
                    .append("\" type=\"").append(esc(link.type())).append("\">").append(esc(link.title()))
                    .append("</a> <span class=\"muted\">").append(esc(link.rel())).append(" · ").append(esc(link.type()))
                    .append("</span></li>");
        }
        return list.append("</ul>").toString();
    }

    private static String pager(List<Link> links) {
        StringBuilder pager = new StringBuilder("<p class=\"ogc-pager\">");
        for (Link link : links) {
            if ((link.rel().equals("prev") || link.rel().equals("next")) && link.type().equals(Link.HTML)) {
                pager.append("<a rel=\"").append(link.rel()).append("\" href=\"").append(esc(link.href())).append("\">")
                        .append(esc(link.title())).append("</a> ");
            }
        }
        return pager.append("</p>").toString();
    }

    private static String table(String... headings) {
        StringBuilder table = new StringBuilder("<div class=\"table-scroll\"><table class=\"data-table\"><thead><tr>");
        for (String heading : headings) {
            table.append("<th>").append(esc(heading)).append("</th>");
        }
        return table.append("</tr></thead><tbody>").toString();
    }

    private static void field(StringBuilder body, String name, String value) {
        body.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private static String value(Object value) {
        return value == null ? "" : esc(value.toString());
    }

    /** Text as HTML text or attribute value. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

}
