package org.jixiao.app.server.evaluation;

import java.time.Instant;

import org.jixiao.app.server.workflow.Stage;

/** An evaluation as stored: the organisations, the stage and the dataset text (the source of truth). */
public record EvaluationRow(long id, long departmentId, Long clientId, Long agencyId, int year, String title, Stage stage,
        String dataset, long version, Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt) {}
