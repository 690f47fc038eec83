package org.jixiao.app.server.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Names the organisations views refer to, looking each up once: a list names the same few on every row. */
public final class OrganisationRefs {
    private final OrganisationRepository organisations;
    private final Map<Long, Optional<OrganisationRef>> cache = new HashMap<>();

    OrganisationRefs(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** The organisation with this number; null for no number or an unknown one. */
    public OrganisationRef of(Long id) {
        if (id == null) {
            return null;
        }
        return cache.computeIfAbsent(id, key -> organisations.findById(key).map(o -> new OrganisationRef(o.id(), o.name()))).orElse(null);
    }
}
