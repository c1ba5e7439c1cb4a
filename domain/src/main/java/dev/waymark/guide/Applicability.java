package dev.waymark.guide;

import dev.waymark.base.Check;
import java.util.Set;

/**
 * Where a part of a guide applies. An empty set means "all": a step with no card types applies to
 * every card type.
 */
public record Applicability(Set<CardType> cardTypes, Set<OperatorCode> operators, Set<Platform> platforms) {

    public static final Applicability ALL = new Applicability(Set.of(), Set.of(), Set.of());

    public Applicability {
        cardTypes = Check.set(cardTypes, "card types");
        operators = Check.set(operators, "operators");
        platforms = Check.set(platforms, "platforms");
    }

    public static Applicability cardTypes(CardType... types) {
        return new Applicability(Set.of(types), Set.of(), Set.of());
    }

    public boolean isAll() {
        return cardTypes.isEmpty() && operators.isEmpty() && platforms.isEmpty();
    }

    /**
     * True when this part applies to the situation: for each of card type, operator and platform,
     * either the part is not limited or the situation's value (when known) is among its values.
     */
    public boolean appliesTo(Situation situation) {
        return matches(cardTypes, situation.cardType())
                && matches(operators, situation.operator())
                && matches(platforms, situation.platform());
    }

    private static <T> boolean matches(Set<T> allowed, @org.jspecify.annotations.Nullable T value) {
        return allowed.isEmpty() || value == null || allowed.contains(value);
    }
}
