package vn.congso.publicservice;

import java.util.List;

/** Procedures were added or replaced in the catalogue by an import. */
public record ProceduresImported(List<String> codes) {

    public ProceduresImported {
        codes = List.copyOf(codes);
    }
}
