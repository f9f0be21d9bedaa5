/**
 * Accounts, roles and login (tài khoản, phân quyền): citizens and organisations who register with
 * their recorded consent (NĐ137 Đ21 k2 b), staff created by the admin; form login, OIDC as an option.
 * Permissions map to roles in one place: {@link vn.congso.identity.Permission}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.congso.identity;
