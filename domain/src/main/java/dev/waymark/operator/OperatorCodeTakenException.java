package dev.waymark.operator;

import dev.waymark.guide.OperatorCode;

/** Thrown when a new operator would take a code another operator has. Nothing was written. */
public class OperatorCodeTakenException extends RuntimeException {

    public OperatorCodeTakenException(OperatorCode code) {
        super("the code '" + code + "' is taken by another operator");
    }
}
