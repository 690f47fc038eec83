package org.jixiao.app.auditchain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit trail ({@code audit_log}): every entry carries its place in the chain ({@code chain_seq},
 * 1, 2, 3 … without gaps), the hash of the entry before it ({@code prev_hash}) and its own hash ({@code entry_hash}, SHA-256
 * over its content and {@code prev_hash}); the table {@code audit_chain} keeps the last place and hash. Changing an entry
 * breaks its hash, removing one leaves a gap, and both are found by {@link #verify(Connection)}.
 *
 * <p>Plain JDBC and no Spring, so that the server, the migration that chained the entries written before the chain
 * existed, and {@code jixiao audit verify} all use this one definition. Appending locks the chain's head row, so
 * appends are serialised across every instance that shares the database.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** Bumped if the hashed content ever changes; part of every hash. */
    private static final String FORMAT = "jixiao-audit/1";

    private AuditChain() {}

    /** One entry's content, as stored: everything the hash covers. */
    public record Content(Instant at, Long userId, String username, Long evaluationId, Long selfevalBatchId, Long finalAccountsId,
            Long documentReviewId, String action, String field, String oldValue, String newValue, String reason) {

        /** Timestamps are kept to the microsecond (what PostgreSQL stores), so that the hash survives the round trip. */
        public Content {
            at = at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** SHA-256 (hex) over the format, the place in the chain, the previous hash and every field of the content. */
    public static String hash(long seq, String prevHash, Content c) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder text = new StringBuilder(256);
        for (Object part : new Object[] {FORMAT, seq, prevHash, micros(c.at()), c.userId(), c.username(), c.evaluationId(),
                c.selfevalBatchId(), c.finalAccountsId(), c.documentReviewId(), c.action(), c.field(), c.oldValue(), c.newValue(),
                c.reason()}) {
            // length-prefixed, so that no two different contents give the same text
            if (part == null) {
                text.append("-\n");
            } else {
                String value = part.toString();
                text.append(value.length()).append(':').append(value).append('\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    // ---------------------------------------------------------------- append

    private static final String INSERT = "INSERT INTO audit_log (occurred_at, user_id, username, evaluation_id, selfeval_batch_id,"
            + " final_accounts_id, document_review_id, action, field, old_value, new_value, reason, chain_seq, prev_hash, entry_hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Appends the entries, in order, at the end of the chain. Must run inside the caller's transaction: the head row stays
     * locked until it commits, so that two transactions never append after the same entry.
     */
    public static void append(Connection connection, List<Content> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        long seq;
        String prev;
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain has no head row");
            }
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Content c : entries) {
                seq++;
                String hash = hash(seq, prev, c);
                insert.setObject(1, c.at().atOffset(ZoneOffset.UTC));
                setLong(insert, 2, c.userId());
                insert.setString(3, c.username());
                setLong(insert, 4, c.evaluationId());
                setLong(insert, 5, c.selfevalBatchId());
                setLong(insert, 6, c.finalAccountsId());
                setLong(insert, 7, c.documentReviewId());
                insert.setString(8, c.action());
                insert.setString(9, c.field());
                insert.setString(10, c.oldValue());
                insert.setString(11, c.newValue());
                insert.setString(12, c.reason());
                insert.setLong(13, seq);
                insert.setString(14, prev);
                insert.setString(15, hash);
                insert.addBatch();
                prev = hash;
            }
            insert.executeBatch();
        }
        setHead(connection, seq, prev);
    }

    static void setHead(Connection connection, long seq, String hash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /**
     * Chains the entries that have no place in the chain yet, in the order they were written (by id), after the current
     * head: what the migration that introduced the chain does with the entries written before it.
     */
    public static int chainUnchained(Connection connection) throws SQLException {
        long seq;
        String prev;
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE");
                ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        int chained = 0;
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE chain_seq IS NULL ORDER BY id");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_log SET occurred_at = ?, chain_seq = ?, prev_hash = ?, entry_hash = ? WHERE id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Stored row = stored(rs);
                seq++;
                String hash = hash(seq, prev, row.content());
                // the stored time to the microsecond, as hashed (older rows may hold more digits on H2)
                update.setObject(1, row.content().at().atOffset(ZoneOffset.UTC));
                update.setLong(2, seq);
                update.setString(3, prev);
                update.setString(4, hash);
                update.setLong(5, row.id());
                update.addBatch();
                prev = hash;
                chained++;
            }
            update.executeBatch();
        }
        setHead(connection, seq, prev);
        return chained;
    }

    // ---------------------------------------------------------------- verify

    private static final String SELECT = "SELECT id, occurred_at, user_id, username, evaluation_id, selfeval_batch_id, final_accounts_id,"
            + " document_review_id, action, field, old_value, new_value, reason, chain_seq, prev_hash, entry_hash FROM audit_log";

    /** An entry as read back. */
    record Stored(long id, Content content, Long seq, String prevHash, String entryHash) {}

    private static Stored stored(ResultSet rs) throws SQLException {
        OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
        Content content = new Content(at.toInstant(), longOrNull(rs, "user_id"), rs.getString("username"), longOrNull(rs, "evaluation_id"),
                longOrNull(rs, "selfeval_batch_id"), longOrNull(rs, "final_accounts_id"), longOrNull(rs, "document_review_id"),
                rs.getString("action"), rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"));
        return new Stored(rs.getLong("id"), content, longOrNull(rs, "chain_seq"), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** What was found wrong first: an entry changed, entries removed, or an entry written around the chain. */
    public enum Kind {
        CHANGED("被改动"), REMOVED("被删除"), INSERTED("被插入");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The first break of the chain.
     *
     * @param entryId the entry changed or inserted, or the first entry after the removed ones (null when the chain's end was
     *                removed)
     * @param seq     the place in the chain where the break is
     * @param message what happened, in words (Chinese, for the administrator)
     */
    public record Break(Kind kind, Long entryId, long seq, String message) {}

    /**
     * The result of a verification.
     *
     * @param entries   how many entries were read
     * @param firstBreak null when the chain is whole
     * @param lastSeq   the last place of the chain as the head records it
     * @param lastHash  the hash of the last entry as the head records it: note it elsewhere to detect a rewrite of the
     *                  whole chain later
     */
    public record Verification(long entries, Break firstBreak, long lastSeq, String lastHash) {
        public boolean intact() {
            return firstBreak == null;
        }
    }

    /** Reads the whole trail in chain order and reports the first entry changed, removed or inserted. */
    public static Verification verify(Connection connection) throws SQLException {
        long headSeq;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1");
                ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return new Verification(0, new Break(Kind.REMOVED, null, 0, "哈希链的链头记录（audit_chain）被删除"), 0, null);
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
        }
        long entries = 0;
        long expected = 1;
        String prevHash = GENESIS;
        Long prevId = null;
        Break found = null;
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY chain_seq NULLS LAST, id")) {
            select.setFetchSize(500);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries++;
                    if (found != null) {
                        continue; // count the rest
                    }
                    Stored row = stored(rs);
                    found = check(row, expected, prevHash, prevId);
                    prevHash = row.entryHash();
                    prevId = row.id();
                    expected++;
                }
            }
        }
        if (found == null && expected - 1 < headSeq) {
            found = new Break(Kind.REMOVED, null, expected,
                    "末尾的第 " + expected + (headSeq > expected ? "—" + headSeq : "") + " 条记录被删除（链头记录共有 " + headSeq + " 条）");
        } else if (found == null && expected - 1 > headSeq) {
            found = new Break(Kind.INSERTED, null, headSeq + 1, "链头记录之后多出 " + (expected - 1 - headSeq) + " 条记录");
        } else if (found == null && !prevHash.equals(headHash)) {
            found = new Break(Kind.CHANGED, prevId, headSeq, "编号 " + prevId + " 的记录（第 " + headSeq + " 条）被改动：与链头记录的哈希值不符");
        }
        return new Verification(entries, found, headSeq, headHash);
    }

    private static Break check(Stored row, long expected, String prevHash, Long prevId) {
        Long seq = row.seq();
        if (seq == null) {
            return new Break(Kind.INSERTED, row.id(), expected, "编号 " + row.id() + " 的记录不在哈希链中：它被绕过系统直接写入数据库");
        }
        if (seq < expected) {
            return new Break(Kind.INSERTED, row.id(), seq, "编号 " + row.id() + " 的记录重复占用第 " + seq + " 条的位置：它被绕过系统直接写入数据库");
        }
        if (seq > expected) {
            String between = prevId == null ? "编号 " + row.id() + " 之前" : "编号 " + prevId + " 与编号 " + row.id() + " 之间";
            return new Break(Kind.REMOVED, row.id(), expected, "第 " + expected + (seq - 1 > expected ? "—" + (seq - 1) : "") + " 条记录被删除（"
                    + between + "）");
        }
        if (!prevHash.equals(row.prevHash())) {
            // the entry before was changed and its hash recomputed, or this entry's link was changed
            return prevId == null
                    ? new Break(Kind.CHANGED, row.id(), seq, "编号 " + row.id() + " 的记录（第 " + seq + " 条）被改动：前一条哈希值不符")
                    : new Break(Kind.CHANGED, prevId, seq - 1, "编号 " + prevId + " 的记录（第 " + (seq - 1) + " 条）被改动：其后一条记录保存的哈希值与它不符");
        }
        if (!hash(seq, row.prevHash(), row.content()).equals(row.entryHash())) {
            return new Break(Kind.CHANGED, row.id(), seq, "编号 " + row.id() + " 的记录（第 " + seq + " 条）被改动：内容与哈希值不符");
        }
        return null;
    }
}
