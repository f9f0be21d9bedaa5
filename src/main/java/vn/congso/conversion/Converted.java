package vn.congso.conversion;

/**
 * A finished conversion. The access code is shown once, to the converting officer, and only its hash is kept.
 */
public record Converted(ConversionRecord record, String accessCode) {
}
