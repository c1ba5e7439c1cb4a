package dev.waymark.operator;

import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where operators are kept, each with its revisions. Implemented in the db module. */
public interface Operators {

    /** Inserts or replaces the operator with the same code, whatever its revision, as a new revision by the system. */
    void save(Operator operator);

    /**
     * Stores a new operator as its revision 1.
     *
     * @throws OperatorCodeTakenException when an operator has the code; nothing is written
     */
    StoredOperator create(Operator operator, String author, String message);

    /**
     * Stores the operator (found by its code) as a new revision.
     *
     * @param revision the revision the change was made from
     * @throws StaleOperatorException when that is no longer the latest revision; nothing is written
     * @throws java.util.NoSuchElementException when there is no such operator
     */
    StoredOperator update(Operator operator, int revision, String author, String message);

    Optional<Operator> find(OperatorCode code);

    /** The operator with its latest revision's number. */
    Optional<StoredOperator> findStored(OperatorCode code);

    /** The operators of a country, by name. */
    List<Operator> inCountry(CountryCode country);

    /** Every operator, by country then name. */
    List<Operator> all();

    /** Every operator with its latest revision's number, by country then name. */
    List<StoredOperator> allStored();

    /** The operator's revisions, newest first; empty for an unknown operator. */
    List<OperatorRevision> history(OperatorCode code);

    /** When any operator was last added or changed; empty when there are none. */
    Optional<Instant> lastChanged();

    /**
     * A number that grows with every change to any operator, the same on every instance: what was read at a
     * generation is at least as new as every change counted in it.
     */
    long generation();
}
