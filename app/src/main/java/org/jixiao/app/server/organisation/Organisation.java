package org.jixiao.app.server.organisation;

import java.time.Instant;
import java.util.List;

/**
 * A finance bureau, an evaluation agency or a department (budget unit).
 *
 * @param aliases other names documents use for it (简称, 曾用名, variant spellings), by which uploads find it too
 */
public record Organisation(long id, String name, OrganisationKind kind, Long parentId, Instant createdAt, List<String> aliases) {
    public Organisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
