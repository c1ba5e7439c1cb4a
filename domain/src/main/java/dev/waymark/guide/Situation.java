package dev.waymark.guide;

import org.jspecify.annotations.Nullable;

/**
 * A reader's situation: what they hold and how they want to proceed. Each part is optional; an
 * unknown part filters nothing.
 */
public record Situation(@Nullable CardType cardType, @Nullable OperatorCode operator,
                        @Nullable WayKind way, @Nullable Platform platform) {

    public static final Situation ANY = new Situation(null, null, null, null);

    public Situation withCardType(@Nullable CardType value) {
        return new Situation(value, operator, way, platform);
    }

    public Situation withOperator(@Nullable OperatorCode value) {
        return new Situation(cardType, value, way, platform);
    }

    public Situation withWay(@Nullable WayKind value) {
        return new Situation(cardType, operator, value, platform);
    }

    public Situation withPlatform(@Nullable Platform value) {
        return new Situation(cardType, operator, way, value);
    }
}
