/**
 * Tiny shared kernel (phần dùng chung): Vietnamese text normalisation, the data directory, the
 * embedded PostgreSQL of the default run, and the web conventions every module follows (RFC 9457
 * problem documents, NFC input binding, deny-by-default handler check).
 * <p>An open module: every module may use it; it uses no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.congso.shared;
