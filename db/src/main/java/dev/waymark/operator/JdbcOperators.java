package dev.waymark.operator;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operators in PostgreSQL, each stored whole as JSONB, with every save kept as an immutable revision
 * ({@code operator_revision}); code, country, name, status and review date are columns for lookups and filters.
 */
@Repository
public class JdbcOperators implements Operators {

    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json = DomainJson.mapper();

    public JdbcOperators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void save(Operator operator) {
        Optional<Integer> latest = jdbc.sql("select revision from operator where code = :code for update")
                .param("code", operator.code().value()).query(Integer.class).optional();
        if (latest.isEmpty()) {
            create(operator, SYSTEM, "");
        } else {
            update(operator, latest.get(), SYSTEM, "");
        }
    }

    @Override
    @Transactional
    public StoredOperator create(Operator operator, String author, String message) {
        int inserted = jdbc.sql("""
                insert into operator (code, country, name, data, status, review_due, revision)
                values (:code, :country, :name, :data::jsonb, :status, :reviewDue, 1)
                on conflict (code) do nothing
                """)
                .params(columns(operator)).update();
        if (inserted == 0) {
            throw new OperatorCodeTakenException(operator.code());
        }
        return revise(operator, 1, author, message);
    }

    @Override
    @Transactional
    public StoredOperator update(Operator operator, int revision, String author, String message) {
        int updated = jdbc.sql("""
                update operator set country = :country, name = :name, data = :data::jsonb, status = :status,
                       review_due = :reviewDue, revision = revision + 1
                 where code = :code and revision = :revision
                """)
                .params(columns(operator)).param("revision", revision).update();
        if (updated == 0) {
            if (findStored(operator.code()).isEmpty()) {
                throw new NoSuchElementException("no operator has the code '" + operator.code() + "'");
            }
            throw new StaleOperatorException(operator.code(), revision);
        }
        return revise(operator, revision + 1, author, message);
    }

    private StoredOperator revise(Operator operator, int number, String author, String message) {
        OperatorRevision revision = new OperatorRevision(number, operator, author, Instant.now(), message);
        jdbc.sql("""
                insert into operator_revision (code, number, data, author, message)
                values (:code, :number, :data::jsonb, :author, :message)
                """)
                .param("code", operator.code().value()).param("number", number)
                .param("data", json.writeValueAsString(operator)).param("author", revision.author())
                .param("message", revision.message()).update();
        return findStored(operator.code()).orElseThrow();
    }

    private Map<String, Object> columns(Operator operator) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("code", operator.code().value());
        columns.put("country", operator.country().value());
        columns.put("name", operator.name());
        columns.put("data", json.writeValueAsString(operator));
        columns.put("status", operator.status().name());
        columns.put("reviewDue", operator.reviewDue() == null ? null : Date.valueOf(operator.reviewDue()));
        return columns;
    }

    @Override
    public Optional<Operator> find(OperatorCode code) {
        return jdbc.sql("select data from operator where code = :code").param("code", code.value())
                .query(String.class).optional().map(this::operator);
    }

    @Override
    public Optional<StoredOperator> findStored(OperatorCode code) {
        return jdbc.sql("select data, revision, updated_at from operator where code = :code")
                .param("code", code.value()).query(this::stored).optional();
    }

    @Override
    public List<Operator> inCountry(CountryCode country) {
        return jdbc.sql("select data from operator where country = :country order by lower(name)")
                .param("country", country.value())
                .query(String.class).list().stream().map(this::operator).toList();
    }

    @Override
    public List<Operator> all() {
        return jdbc.sql("select data from operator order by country, lower(name)")
                .query(String.class).list().stream().map(this::operator).toList();
    }

    @Override
    public List<StoredOperator> allStored() {
        return jdbc.sql("select data, revision, updated_at from operator order by country, lower(name)")
                .query(this::stored).list();
    }

    @Override
    public List<OperatorRevision> history(OperatorCode code) {
        return jdbc.sql("""
                select number, data, author, created_at, message from operator_revision
                 where code = :code order by number desc
                """)
                .param("code", code.value())
                .query((rs, row) -> new OperatorRevision(rs.getInt("number"), operator(rs.getString("data")),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant(), rs.getString("message")))
                .list();
    }

    @Override
    public Optional<Instant> lastChanged() {
        return jdbc.sql("select max(updated_at) from operator").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public long generation() {
        return jdbc.sql("select generation from operator_generation").query(Long.class).single();
    }

    private StoredOperator stored(ResultSet rs, int row) throws SQLException {
        return new StoredOperator(operator(rs.getString("data")), rs.getInt("revision"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Operator operator(String data) {
        return json.readValue(data, Operator.class);
    }
}
