package org.jixiao.app.server.organisation;

import java.time.Instant;

/** A finance bureau, an evaluation agency or a department (budget unit). */
public record Organisation(long id, String name, OrganisationKind kind, Long parentId, Instant createdAt) {}
