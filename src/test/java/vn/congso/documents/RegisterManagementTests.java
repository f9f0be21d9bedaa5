package vn.congso.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class RegisterManagementTests {

    @Autowired
    RegisterManagement registers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private String newRegister(RegisterKind kind) {
        String code = "TEST-" + UUID.randomUUID();
        registers.createRegister(code, kind, "Sổ thử nghiệm văn bản đi");
        return code;
    }

    @Test
    void fiftyConcurrentRegistrationsGetNumbersOneToFiftyWithoutGapsOrDuplicates() throws Exception {
        String register = newRegister(RegisterKind.OUTGOING);
        Instant at = Instant.parse("2026-06-15T03:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                jobs.add(() -> registers.register(register, at, null, "Công văn về việc tổ chức Tết Nguyên đán " + n).number());
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                numbers.add(f.get());
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numberingRestartsAtOneOnFirstJanuaryVietnamTime() {
        String register = newRegister(RegisterKind.OUTGOING);
        // 23:59:59 on 31 December 2026 in Hà Nội (UTC+7) still belongs to 2026
        Registration lastOf2026a = registers.register(register, Instant.parse("2026-12-31T10:00:00Z"), null, "Báo cáo tổng kết năm");
        Registration lastOf2026b = registers.register(register, Instant.parse("2026-12-31T16:59:59Z"), null, "Kế hoạch năm mới");
        // 00:00 on 1 January 2027 in Hà Nội is still 31 December in UTC
        Registration firstOf2027 = registers.register(register, Instant.parse("2026-12-31T17:00:00Z"), null, "Thông báo nghỉ Tết");
        Registration secondOf2027 = registers.register(register, Instant.parse("2027-01-02T02:00:00Z"), null, "Giấy mời họp");

        assertThat(lastOf2026a.year()).isEqualTo(2026);
        assertThat(lastOf2026b.formattedNumber()).isEqualTo("02");
        assertThat(firstOf2027.year()).isEqualTo(2027);
        assertThat(firstOf2027.formattedNumber()).isEqualTo("01");
        assertThat(secondOf2027.formattedNumber()).isEqualTo("02");
    }

    @Test
    void rolledBackRegistrationDoesNotUseUpANumber() {
        String register = newRegister(RegisterKind.INCOMING);
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        registers.register(register, at, "05/QĐ-UBND", "Quyết định khen thưởng");
        Integer abandoned = transactions.execute(status -> {
            int number = registers.register(register, at, "06/QĐ-UBND", "Bản nháp bị hủy").number();
            status.setRollbackOnly();
            return number;
        });
        Registration next = registers.register(register, at, "07/QĐ-UBND", "Quyết định phê duyệt");

        assertThat(abandoned).isEqualTo(2);
        assertThat(next.number()).isEqualTo(2);
        assertThat(auditedRegistrations(register)).containsExactly(register + " 2026/01 05/QĐ-UBND",
                register + " 2026/02 07/QĐ-UBND");
    }

    private List<String> auditedRegistrations(String register) {
        return jdbc.sql("select details from audit_entry where action = 'documents.registered' and details like ? order by id")
                .param(register + " %").query(String.class).list();
    }

    @Test
    void registersAreNumberedIndependently() {
        String outgoing = newRegister(RegisterKind.OUTGOING);
        String incoming = newRegister(RegisterKind.INCOMING);
        Instant at = Instant.parse("2026-05-05T02:00:00Z");
        registers.register(outgoing, at, null, "Tờ trình");
        registers.register(outgoing, at, null, "Tờ trình 2");

        assertThat(registers.register(incoming, at, null, "Văn bản đến đầu tiên").number()).isEqualTo(1);
    }

    @Test
    void unknownRegisterIsRefused() {
        assertThatThrownBy(() -> registers.register("KHONG-CO", Instant.now(), null, "x"))
                .isInstanceOf(CongsoException.class)
                .extracting(e -> ((CongsoException) e).code()).isEqualTo(DocumentsError.UNKNOWN_REGISTER);
    }
}
