package org.jixiao.app.server.accounts;

import java.time.Instant;

/** A final-accounts disclosure as stored: the department, the year and the dataset text (the source of truth). */
public record AccountsRow(long id, long departmentId, int year, String title, String dataset, String sourceName, long version,
        Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt) {}
