package vn.congso.documents.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.congso.documents.DocumentsError;
import vn.congso.shared.CongsoException;

/**
 * Parses untrusted XML from other agencies: no DOCTYPE, no external entities or schemas, no
 * XInclude, a size limit checked before parsing. Any failure is a {@link CongsoException} whose
 * Vietnamese text can be sent back as the reason of a refusal (status 02).
 */
final class SecureXml {

    private final DocumentBuilderFactory factory;
    private final long maxBytes;

    SecureXml(long maxBytes) {
        this.maxBytes = maxBytes;
        this.factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // a DOCTYPE is the door to XXE and entity expansion; edXML never needs one
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks the features needed to parse safely", e);
        }
    }

    long maxBytes() {
        return maxBytes;
    }

    Document parse(byte[] xml) {
        if (xml.length > maxBytes) {
            throw new CongsoException(DocumentsError.EDXML_TOO_LARGE, maxBytes);
        }
        if (xml.length == 0) {
            throw new CongsoException(DocumentsError.EDXML_MALFORMED, "0:0");
        }
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Strict());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId);
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw new CongsoException(DocumentsError.EDXML_DOCTYPE_FORBIDDEN, e);
            }
            throw new CongsoException(DocumentsError.EDXML_MALFORMED, e, e.getLineNumber() + ":" + e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw new CongsoException(DocumentsError.EDXML_MALFORMED, e, "0:0");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops at the first error instead of printing "[Fatal Error]" to the console. */
    private static final class Strict implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document unreadable
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
