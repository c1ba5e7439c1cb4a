package dev.waymark.operator;

import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where operators are kept. Implemented in the db module. */
public interface Operators {

    /** Inserts or replaces the operator with the same code. */
    void save(Operator operator);

    Optional<Operator> find(OperatorCode code);

    /** The operators of a country, by name. */
    List<Operator> inCountry(CountryCode country);

    /** Every operator, by country then name. */
    List<Operator> all();

    /** When any operator was last added or changed; empty when there are none. */
    Optional<Instant> lastChanged();
}
