/**
 * The project self-evaluation table (项目支出绩效自评表, domain §9): the table model, its scoring by the official
 * self-evaluation rules (财预〔2020〕10号), the review checks of domain §10 that apply to it, and spot-check sampling
 * (domain §11). Pure: no I/O.
 */
package org.jixiao.core.selfeval;
