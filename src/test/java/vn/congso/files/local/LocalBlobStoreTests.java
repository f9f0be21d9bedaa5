package vn.congso.files.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.congso.files.BlobStore;
import vn.congso.files.FilesError;
import vn.congso.files.StoredBlob;
import vn.congso.shared.CongsoException;
import vn.congso.testing.CongsoIntegrationTest;

@CongsoIntegrationTest
class LocalBlobStoreTests {

    @Autowired
    BlobStore store;

    @Autowired
    LocalBlobStore local;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storedContentReadsBackUnderItsSha256() throws IOException {
        byte[] content = "Quyết định số 12/QĐ-UBND về việc công nhận tổ dân phố văn hóa".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store.store(new ByteArrayInputStream(content), "text/plain", "quyết-định-12.txt");

        assertThat(blob.sha256()).isEqualTo(sha256Hex(content));
        assertThat(blob.size()).isEqualTo(content.length);
        assertThat(blob.contentType()).isEqualTo("text/plain");
        assertThat(store.exists(blob.sha256())).isTrue();
        assertThat(store.size(blob.sha256())).isEqualTo(content.length);
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        String hex = blob.sha256();
        assertThat(local.root().resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex)).isRegularFile();
    }

    @Test
    void sameContentTwiceIsStoredOnceAndKeepsItsFirstRecord() throws IOException {
        byte[] content = "Tờ khai đăng ký khai sinh — bản sao".getBytes(StandardCharsets.UTF_8);
        StoredBlob first = store.store(new ByteArrayInputStream(content), "application/pdf", "to-khai.pdf");
        StoredBlob second = store.store(new ByteArrayInputStream(content), "application/octet-stream", "bản-khác.bin");

        assertThat(second).isEqualTo(first);
        try (Stream<Path> files = Files.list(local.path(first.sha256()).getParent())) {
            assertThat(files.filter(p -> p.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from files_blob where sha256 = ?").param(first.sha256())
                .query(Long.class).single()).isOne();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aFileChangedOnDiskFailsAtTheEndOfReading() throws IOException {
        byte[] content = "Giấy chứng nhận quyền sử dụng đất số CS 123456".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = store.store(new ByteArrayInputStream(content), "text/plain", "gcn.txt");
        Path file = local.path(blob.sha256());
        byte[] tampered = content.clone();
        tampered[tampered.length - 1] = '7';
        Files.write(file, tampered);
        try (InputStream in = store.open(blob.sha256())) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOfSatisfying(CongsoException.class, e -> {
                        assertThat(e.code()).isEqualTo(FilesError.BLOB_CORRUPTED);
                        assertThat(e.arguments()).containsExactly(blob.sha256(), sha256Hex(tampered));
                    });
        } finally {
            Files.write(file, content);
        }
        try (InputStream in = store.open(blob.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void contentOverTheLimitIsRefusedAndLeavesNothingOnDisk() {
        byte[] content = new byte[10_001];
        content[0] = 42;
        String hash = sha256Hex(content);
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), "image/png", "ảnh-chụp.png", 10_000))
                .isInstanceOfSatisfying(CongsoException.class, e -> {
                    assertThat(e.code()).isEqualTo(FilesError.BLOB_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("ảnh-chụp.png", 10_000L);
                });
        assertThat(store.exists(hash)).isFalse();
        assertThat(temporaryFiles()).isEmpty();
        assertThat(jdbc.sql("select count(*) from files_blob where sha256 = ?").param(hash).query(Long.class).single()).isZero();
    }

    @Test
    void anUploadBrokenOffMidwayLeavesNothingBehind() {
        InputStream broken = new GeneratedStream(5_000_000) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (position() > 1_000_000) {
                    throw new IOException("connection reset by citizen's browser");
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> store.store(broken, "application/pdf", "hồ-sơ.pdf"))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(FilesError.STORE_FAILED));
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a200MegabyteStreamIsWrittenThroughToDiskNotHeldInMemory() throws IOException {
        long size = 200L * 1024 * 1024;
        String expected;
        try (GeneratedStream reference = new GeneratedStream(size)) {
            expected = sha256Hex(reference);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] onDiskAtHalfway = {-1};
        GeneratedStream upload = new GeneratedStream(size) {
            @Override
            protected void passed(long position) {
                if (onDiskAtHalfway[0] < 0 && position >= size / 2) {
                    onDiskAtHalfway[0] = temporaryFiles().stream().mapToLong(LocalBlobStoreTests::sizeOf).sum();
                }
            }
        };
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        StoredBlob blob = store.store(upload, "video/mp4", "họp-hội-đồng-nhân-dân.mp4");
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        try {
            assertThat(blob.sha256()).isEqualTo(expected);
            assertThat(blob.size()).isEqualTo(size);
            // half the content is already in the temporary file while the rest is still being read
            assertThat(onDiskAtHalfway[0]).isGreaterThan(size / 2 - 1024 * 1024);
            // storing 200 MB allocated a small fraction of it: the content never passed through the heap whole
            assertThat(allocated).isLessThan(32L * 1024 * 1024);
            try (InputStream in = store.open(blob.sha256())) {
                assertThat(sha256Hex(in)).isEqualTo(expected);
            }
        } finally {
            Files.deleteIfExists(local.path(blob.sha256()));
            jdbc.sql("delete from files_blob where sha256 = ?").param(blob.sha256()).update();
        }
    }

    @Test
    void concurrentStoresOfTheSameContentKeepOneCompleteBlob() throws Exception {
        byte[] content = new byte[3_000_000];
        new java.util.Random(137).nextBytes(content);
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<StoredBlob>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "bản-scan-" + i + ".pdf";
                results.add(pool.submit(() -> {
                    start.await();
                    return store.store(new ByteArrayInputStream(content), "application/pdf", name);
                }));
            }
            start.countDown();
            List<String> hashes = new ArrayList<>();
            for (Future<StoredBlob> result : results) {
                hashes.add(result.get().sha256());
            }
            assertThat(hashes).containsOnly(sha256Hex(content));
        } finally {
            pool.shutdownNow();
        }
        String hash = sha256Hex(content);
        try (InputStream in = store.open(hash)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(temporaryFiles()).isEmpty();
        assertThat(jdbc.sql("select count(*) from files_blob where sha256 = ?").param(hash).query(Long.class).single()).isOne();
    }

    @Test
    void aHashThatIsNotSha256IsRefusedBeforeTouchingTheDisk() {
        assertThatThrownBy(() -> store.open("../../../etc/passwd"))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(FilesError.INVALID_HASH));
        assertThat(store.exists("../../secret")).isFalse();
        assertThatThrownBy(() -> store.open("0".repeat(64)))
                .isInstanceOfSatisfying(CongsoException.class, e -> assertThat(e.code()).isEqualTo(FilesError.BLOB_NOT_FOUND));
    }

    private List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(local.root())) {
            return files.filter(p -> p.getFileName().toString().startsWith(LocalBlobStore.TEMP_PREFIX)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(LocalBlobStore.sha256().digest(content));
    }

    private static String sha256Hex(InputStream in) throws IOException {
        MessageDigest digest = LocalBlobStore.sha256();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deterministic bytes produced on demand: the whole content never exists in memory. */
    static class GeneratedStream extends InputStream {

        private final long size;
        private long position;

        GeneratedStream(long size) {
            this.size = size;
        }

        long position() {
            return position;
        }

        protected void passed(long position) {
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return next();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) next();
            }
            passed(position);
            return n;
        }

        private int next() {
            long p = position++;
            return (int) ((p * 31 + (p >>> 13)) & 0xff);
        }
    }
}
