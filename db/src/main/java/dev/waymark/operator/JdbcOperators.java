package dev.waymark.operator;

import dev.waymark.base.DomainJson;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Operators in PostgreSQL, each stored whole as JSONB. */
@Repository
public class JdbcOperators implements Operators {

    private final JdbcClient jdbc;
    private final JsonMapper json = DomainJson.mapper();

    public JdbcOperators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Operator operator) {
        jdbc.sql("""
                insert into operator (code, country, name, data) values (:code, :country, :name, :data::jsonb)
                on conflict (code) do update set country = excluded.country, name = excluded.name, data = excluded.data
                """)
                .param("code", operator.code().value())
                .param("country", operator.country().value())
                .param("name", operator.name())
                .param("data", json.writeValueAsString(operator))
                .update();
    }

    @Override
    public Optional<Operator> find(OperatorCode code) {
        return jdbc.sql("select data from operator where code = :code").param("code", code.value())
                .query(String.class).optional().map(this::operator);
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
    public Optional<Instant> lastChanged() {
        return jdbc.sql("select max(updated_at) from operator").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant);
    }

    private Operator operator(String data) {
        return json.readValue(data, Operator.class);
    }
}
