package vn.congso.publicservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.congso.audit.AuditLog;
import vn.congso.publicservice.catalogue.CsvProcedures;
import vn.congso.publicservice.catalogue.ProcedureReader;
import vn.congso.publicservice.persistence.ProcedureRepository;
import vn.congso.shared.CongsoException;
import vn.congso.shared.ReadThroughCache;

/** The catalogue of administrative procedures and online public services (NĐ42 Đ12). */
@Service
public class ProcedureCatalogue {

    private final ProcedureRepository repository;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    /** The catalogue as last read: every receipt and status lookup needs its procedure; only an import changes it. */
    private final ReadThroughCache<List<Procedure>> catalogue = new ReadThroughCache<>();

    ProcedureCatalogue(ProcedureRepository repository, ObjectMapper json, AuditLog audit,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.json = json;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Procedure> search(ProcedureFilter filter) {
        return all().stream().filter(filter::matches).toList();
    }

    /** From the cached catalogue: no transaction of its own (every receipt looks its procedure up). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Procedure> find(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** @throws CongsoException {@link PublicServiceError#UNKNOWN_PROCEDURE} */
    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new CongsoException(PublicServiceError.UNKNOWN_PROCEDURE, code));
    }

    /** The distinct values each filter can take, for the filter form. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> filterValues() {
        List<Procedure> all = all();
        Map<String, List<String>> values = new LinkedHashMap<>();
        values.put("topic", all.stream().map(Procedure::topic).distinct().sorted().toList());
        values.put("field", all.stream().map(Procedure::field).distinct().sorted().toList());
        values.put("agency", all.stream().map(Procedure::agency).distinct().sorted().toList());
        return values;
    }

    /**
     * Imports a JSON (array of procedures, or an object with a {@code procedures} array) or CSV file.
     * All or nothing: if any row is wrong, nothing is imported and every problem is reported.
     * A procedure whose code is already in the catalogue is replaced.
     */
    @Transactional
    public ImportReport importFile(String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        Map<Integer, JsonNode> items = new LinkedHashMap<>();
        boolean csv = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        if (csv) {
            items.putAll(CsvProcedures.read(text, json));
        } else {
            try {
                JsonNode root = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
                JsonNode list = root == null ? null
                        : root.isObject() ? (root.has("procedures") ? root.get("procedures") : json.createArrayNode().add(root))
                        : root;
                int row = 1;
                for (JsonNode item : Objects.requireNonNullElse(list, json.createArrayNode())) {
                    items.put(row++, item);
                }
            } catch (JsonProcessingException e) {
                return rejected(new ImportReport.Problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                        "publicservice.import.error.unreadable", List.of()));
            }
        }
        if (items.isEmpty()) {
            return rejected(new ImportReport.Problem(0, "publicservice.import.error.empty", List.of()));
        }
        ProcedureReader reader = new ProcedureReader();
        items.forEach(reader::read);
        if (!reader.problems().isEmpty()) {
            return new ImportReport(List.of(), reader.problems());
        }
        reader.procedures().forEach(repository::save);
        catalogue.invalidate();
        List<String> codes = reader.procedures().stream().map(Procedure::code).toList();
        audit.record("PROCEDURES_IMPORTED", "procedure-catalogue", fileName, String.join(", ", codes));
        events.publishEvent(new ProceduresImported(codes));
        return new ImportReport(codes, List.of());
    }

    private List<Procedure> all() {
        return catalogue.get(() -> List.copyOf(repository.all()));
    }

    boolean isEmpty() {
        return repository.isEmpty();
    }

    private static ImportReport rejected(ImportReport.Problem problem) {
        return new ImportReport(List.of(), List.of(problem));
    }
}
