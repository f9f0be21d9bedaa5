package vn.congso.signing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.congso.signing.key.Certificates;
import vn.congso.signing.key.SigningKey;

/**
 * A certification authority on 127.0.0.1 made with Bouncy Castle, for PAdES-LT/LTA tests: a root that
 * issues signing certificates pointing at its CRL ({@code /crl}) and OCSP responder ({@code /ocsp}),
 * both served here and both reflecting {@link #revoke}.
 */
public final class RevocationServer implements AutoCloseable {

    private final HttpServer server;
    private final Certificates.Issued root;
    private final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    private final AtomicLong crlRequests = new AtomicLong();
    private final AtomicLong ocspRequests = new AtomicLong();

    public RevocationServer() throws Exception {
        Instant now = Instant.now();
        root = Certificates.issue(Certificates.subject("CA thử nghiệm có CRL và OCSP", "Cổng số", null),
                now.minus(1, ChronoUnit.DAYS), now.plus(3650, ChronoUnit.DAYS), null, Certificates.Profile.rootAuthority());
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/crl", exchange -> answer(exchange, "application/pkix-crl", () -> {
            crlRequests.incrementAndGet();
            return crl();
        }));
        server.createContext("/ocsp", exchange -> answer(exchange, "application/ocsp-response", () -> {
            ocspRequests.incrementAndGet();
            try (InputStream in = exchange.getRequestBody()) {
                return ocsp(new OCSPReq(in.readAllBytes()));
            }
        }));
        server.start();
    }

    public X509Certificate root() {
        return root.certificate();
    }

    /** A key whose certificate this CA issued, valid for a year, naming this CA's CRL and OCSP. */
    public SigningKey issue(String fullName, String title) {
        try {
            Instant now = Instant.now();
            return SigningFixtures.keyOf(Certificates.issue(
                    Certificates.person(fullName, title, "Ủy ban nhân dân xã Thanh Định", null),
                    now.minus(1, ChronoUnit.HOURS), now.plus(365, ChronoUnit.DAYS), root,
                    Certificates.Profile.signer().withRevocation(url("/crl"), url("/ocsp"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on the CRL and OCSP say the certificate was revoked (key compromise) at {@code when}. */
    public void revoke(X509Certificate certificate, Instant when) {
        revoked.put(certificate.getSerialNumber(), when);
    }

    public long crlRequests() {
        return crlRequests.get();
    }

    public long ocspRequests() {
        return ocspRequests.get();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private byte[] crl() throws Exception {
        Instant now = Instant.now();
        X509v2CRLBuilder crl = new X509v2CRLBuilder(X500Name.getInstance(root().getSubjectX500Principal().getEncoded()),
                Date.from(now.minus(1, ChronoUnit.MINUTES)));
        crl.setNextUpdate(Date.from(now.plus(1, ChronoUnit.DAYS)));
        crl.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
        revoked.forEach((serial, when) -> crl.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
        return crl.build(signer()).getEncoded();
    }

    private byte[] ocsp(OCSPReq request) throws Exception {
        Instant now = Instant.now();
        BasicOCSPRespBuilder builder = new JcaBasicOCSPRespBuilder(root().getPublicKey(),
                new JcaDigestCalculatorProviderBuilder().build().get(org.bouncycastle.cert.ocsp.RespID.HASH_SHA1));
        for (Req one : request.getRequestList()) {
            Instant when = revoked.get(one.getCertID().getSerialNumber());
            CertificateStatus status = when == null ? CertificateStatus.GOOD
                    : new RevokedStatus(Date.from(when), CRLReason.keyCompromise);
            builder.addResponse(one.getCertID(), status, Date.from(now.minus(1, ChronoUnit.MINUTES)),
                    Date.from(now.plus(1, ChronoUnit.DAYS)));
        }
        org.bouncycastle.asn1.x509.Extension nonce = request.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (nonce != null) {
            builder.setResponseExtensions(new Extensions(nonce));
        }
        BasicOCSPResp basic = builder.build(signer(), new X509CertificateHolder[] {new JcaX509CertificateHolder(root())},
                Date.from(now));
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic).getEncoded();
    }

    private ContentSigner signer() throws Exception {
        return new JcaContentSignerBuilder("SHA256withRSA").build(root.keyPair().getPrivate());
    }

    private interface Body {
        byte[] get() throws Exception;
    }

    private static void answer(HttpExchange exchange, String type, Body body) throws IOException {
        try (OutputStream out = exchange.getResponseBody()) {
            byte[] bytes = body.get();
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            out.write(bytes);
        } catch (Exception e) {
            exchange.sendResponseHeaders(500, -1);
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
