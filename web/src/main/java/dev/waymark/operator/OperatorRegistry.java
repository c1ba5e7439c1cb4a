package dev.waymark.operator;

import dev.waymark.audit.Auditor;
import dev.waymark.base.Check;
import dev.waymark.guide.CountryCode;
import dev.waymark.guide.OperatorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The operator registry: anyone reads operators; editors and admins add and change them, for any country. Every
 * change is a new revision (an old one can be restored) and is audited. A change names the revision it was made
 * from; when someone else saved in between, it throws {@link StaleOperatorException} and nothing is written.
 *
 * <p>Guides name operators by code, so a rename shows in every guide that names the operator: the kept operator list
 * is reloaded on this instance when the change commits, on the others by PostgreSQL's notice, and readers' pages ask
 * for it at the change count they read ({@link OperatorDirectory#snapshot(long)}).
 */
@Service
@Transactional
public class OperatorRegistry {

    /** The most operators one page may ask for. */
    public static final int MAX_PAGE = 500;

    private static final String EDITORS = "hasAnyRole('EDITOR', 'ADMIN')";

    private final Operators operators;
    private final OperatorDirectory directory;
    private final Auditor auditor;

    public OperatorRegistry(Operators operators, OperatorDirectory directory, Auditor auditor) {
        this.operators = operators;
        this.directory = directory;
        this.auditor = auditor;
    }

    /** Every operator matching the filter, by country then name, as readers see them now. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Operator> published(OperatorFilter filter) {
        Check.present(filter, "filter");
        return directory.freshSnapshot().byCode().values().stream().filter(filter::test).toList();
    }

    /** One operator as readers see it now. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Operator> published(OperatorCode code) {
        return Optional.ofNullable(directory.freshSnapshot().byCode().get(Check.present(code, "operator code")));
    }

    /** The operators of a country, by name, including those just added. Anyone may call it. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Operator> inCountry(CountryCode country) {
        return directory.freshSnapshot().inCountry(Check.present(country, "country"));
    }

    /** Operators matching the filter with their latest revision, by country then name. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<StoredOperator> list(OperatorFilter filter, int offset, int limit) {
        Check.present(filter, "filter");
        Check.that(offset >= 0, "offset must not be negative (was " + offset + ")");
        Check.that(limit >= 0 && limit <= MAX_PAGE, "limit must be 0 to " + MAX_PAGE + " (was " + limit + ")");
        return operators.allStored().stream().filter(stored -> filter.test(stored.operator()))
                .skip(offset).limit(limit).toList();
    }

    /** How many operators match the filter. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public int count(OperatorFilter filter) {
        Check.present(filter, "filter");
        return (int) operators.allStored().stream().filter(stored -> filter.test(stored.operator())).count();
    }

    /** An operator with its latest revision's number. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public Optional<StoredOperator> find(OperatorCode code) {
        return operators.findStored(Check.present(code, "operator code"));
    }

    /** The operator's revisions, newest first. Editors and admins. */
    @PreAuthorize(EDITORS)
    @Transactional(readOnly = true)
    public List<OperatorRevision> history(OperatorCode code) {
        return operators.history(Check.present(code, "operator code"));
    }

    /**
     * Adds an operator as its revision 1. Editors and admins.
     *
     * @throws OperatorCodeTakenException when an operator has the code; nothing is written
     */
    @PreAuthorize(EDITORS)
    public StoredOperator create(Operator operator, String message) {
        Check.present(operator, "operator");
        StoredOperator created = operators.create(operator, me(), message(message, "created"));
        auditor.record(me(), OperatorActions.CREATE, operator.code().value(), operator.name() + ", revision 1");
        reloadAfterCommit();
        return created;
    }

    /**
     * Saves the operator (found by its code) as a new revision; an operator equal to the stored one is not saved
     * again. Editors and admins.
     *
     * @param revision the revision the editor loaded
     * @throws StaleOperatorException when someone else saved since; nothing is written
     * @throws NoSuchElementException when there is no such operator
     */
    @PreAuthorize(EDITORS)
    public StoredOperator save(Operator operator, int revision, String message) {
        Check.present(operator, "operator");
        StoredOperator current = operators.findStored(operator.code())
                .orElseThrow(() -> new NoSuchElementException("no operator has the code '" + operator.code() + "'"));
        if (current.revision() != revision) {
            throw new StaleOperatorException(operator.code(), revision);
        }
        if (current.operator().equals(operator)) {
            return current;
        }
        StoredOperator saved = operators.update(operator, revision, me(), message(message, ""));
        auditor.record(me(), OperatorActions.SAVE, operator.code().value(),
                detail(current.operator(), operator, saved.revision(), message));
        reloadAfterCommit();
        return saved;
    }

    /**
     * Saves an old revision's operator as a new revision. Editors and admins.
     *
     * @param revision the revision the editor loaded (the latest)
     * @throws StaleOperatorException when someone else saved since; nothing is written
     * @throws NoSuchElementException when there is no such operator or revision
     */
    @PreAuthorize(EDITORS)
    public StoredOperator restore(OperatorCode code, int number, int revision) {
        Check.present(code, "operator code");
        OperatorRevision old = operators.history(code).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new NoSuchElementException("operator " + code + " has no revision " + number));
        StoredOperator current = operators.findStored(code).orElseThrow();
        if (current.revision() != revision) {
            throw new StaleOperatorException(code, revision);
        }
        StoredOperator saved = operators.update(old.operator(), revision, me(), "restored revision " + number);
        auditor.record(me(), OperatorActions.RESTORE, code.value(), "revision " + number + " as revision "
                + saved.revision());
        reloadAfterCommit();
        return saved;
    }

    /** "revision 3: renamed Telenor to Yettel; message", or less. */
    private static String detail(Operator before, Operator after, int revision, String message) {
        List<String> parts = new ArrayList<>();
        parts.add("revision " + revision);
        if (!before.name().equals(after.name())) {
            parts.add("renamed " + before.name() + " to " + after.name());
        }
        if (before.status() != after.status()) {
            parts.add("status " + before.status() + " to " + after.status());
        }
        String text = message == null ? "" : message.strip();
        if (!text.isEmpty()) {
            parts.add(text);
        }
        return String.join("; ", parts);
    }

    /** This instance's kept list is reloaded once the change is visible, without waiting for the notice. */
    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    directory.invalidate();
                }
            });
        } else {
            directory.invalidate();
        }
    }

    private static String message(String message, String fallback) {
        return message == null || message.isBlank() ? fallback : message.strip();
    }

    private static String me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getName() == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return Objects.requireNonNull(authentication.getName());
    }
}
