package org.jixiao.app.server.organisation;

/** An organisation as a view names it: its number and its name. */
public record OrganisationRef(long id, String name) {}
