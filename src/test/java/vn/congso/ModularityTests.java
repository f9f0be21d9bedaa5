package vn.congso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path GENERATED = Path.of("target/modules");
    private static final Path COMMITTED = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(CongsoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * Modulith lists components and relations in a different order from run to run; the diagrams in
     * docs/ are written with those lines sorted, so a test run changes them only when a dependency does.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Files.createDirectories(COMMITTED);
        try (Stream<Path> diagrams = Files.list(GENERATED)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                String stable = String.join("\n", sortedRuns(Files.readAllLines(diagram, StandardCharsets.UTF_8))) + "\n";
                Path target = COMMITTED.resolve(diagram.getFileName());
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(stable)) {
                    Files.writeString(target, stable, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Each run of consecutive component or relation lines, sorted; every other line where it was. */
    private static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = line.startsWith("Rel(") ? "rel" : line.trim().startsWith("Component(") ? "component" : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            kind = lineKind;
            (lineKind == null ? out : run).add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
