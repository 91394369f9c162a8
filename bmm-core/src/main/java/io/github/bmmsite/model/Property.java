package io.github.bmmsite.model;

/** A user property of the architecture model ({@code responsable}: {@code Oficina de Planeación}). */
public record Property(String key, String value) {
}
