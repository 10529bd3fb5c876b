package com.envgrid.api.shared;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.web.router.Router;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accept ranges such as {@code application/*} or {@code image/*} spelt out, before routing, as the media types the
 * application's routes produce that they cover: the router matches each Accept entry to a route's types by its exact
 * name, so a range — which HTTP allows (RFC 9110 §12.5.1) — would otherwise get a 406 from every route. The types
 * are added without a quality, for the framework labels an answer with the Accept entry it matched, parameters and
 * all ({@code application/json;q=0.5}); a range with {@code q=0} is left as it is.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
class AcceptRanges {
    private static final String ANY = "*";
    private final BeanProvider<Router> router;
    private volatile Set<MediaType> produced;

    AcceptRanges(BeanProvider<Router> router) {
        this.router = router;
    }

    @PreMatching
    @RequestFilter
    void spellOut(MutableHttpRequest<?> request) {
        List<MediaType> accept = request.getHeaders().accept();
        if (accept.stream().noneMatch(AcceptRanges::isSubtypeRange)) {
            return;
        }
        List<String> entries = new ArrayList<>(accept.stream().map(MediaType::toString).toList());
        for (MediaType range : accept) {
            if (isSubtypeRange(range) && range.getQualityAsNumber().signum() > 0) {
                for (MediaType type : produced()) {
                    if (range.matchesType(type.getType()) && !accept.contains(type)) {
                        entries.add(type.getName());
                    }
                }
            }
        }
        request.getHeaders().set(HttpHeaders.ACCEPT, String.join(", ", entries));
    }

    /** {@code type/*}: a range of one type's subtypes ({@code *}{@code /*} the router takes as it is). */
    private static boolean isSubtypeRange(MediaType range) {
        return !range.getType().equals(ANY) && range.getSubtype().equals(ANY);
    }

    private Set<MediaType> produced() {
        Set<MediaType> types = produced;
        if (types == null) {
            types = router.get().uriRoutes().map(route -> route.getProduces()).flatMap(Collection::stream)
                    .filter(type -> !type.getType().equals(ANY))
                    .map(type -> MediaType.of(type.getName()))
                    .collect(Collectors.toUnmodifiableSet());
            produced = types;
        }
        return types;
    }
}
