package vn.congso.publicservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.congso.publicservice.OnlineLevel.Reason;

class OnlineLevelTests {

    @Test
    void everythingOnlineIsFullService() {
        OnlineLevel.Assessment a = OnlineLevel.assess(new ProcedureFlags(false, false, false, true, true, true));
        assertThat(a.level()).isEqualTo(OnlineLevel.FULL);
        assertThat(a.reasons()).containsExactly(Reason.ALL_ONLINE);
    }

    @Test
    void freeProcedureNeedsNoOnlinePayment() {
        assertThat(OnlineLevel.assess(new ProcedureFlags(false, false, false, false, false, true)).level()).isEqualTo(OnlineLevel.FULL);
    }

    @Test
    void signingBeforeTheOfficerMakesItPartial() {
        // chứng thực chữ ký: the signer appears in person (NĐ 23/2015 Đ24), no e-form, fee at the counter
        OnlineLevel.Assessment a = OnlineLevel.assess(new ProcedureFlags(true, false, true, true, false, false));
        assertThat(a.level()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(a.reasons()).containsExactly(Reason.PRESENCE_REQUIRED, Reason.RESULT_PAPER_ONLY,
                Reason.FEE_NOT_PAYABLE_ONLINE, Reason.NO_EFORM);
    }

    @Test
    void eachConditionOfArticle11AloneMakesItPartial() {
        assertThat(OnlineLevel.assess(new ProcedureFlags(false, true, false, false, false, true)).reasons()).containsExactly(Reason.SITE_VERIFICATION);
        assertThat(OnlineLevel.assess(new ProcedureFlags(false, false, true, false, false, true)).reasons()).containsExactly(Reason.RESULT_PAPER_ONLY);
        assertThat(OnlineLevel.assess(new ProcedureFlags(false, false, false, true, false, true)).reasons()).containsExactly(Reason.FEE_NOT_PAYABLE_ONLINE);
        assertThat(OnlineLevel.assess(new ProcedureFlags(false, false, false, false, false, false)).reasons()).containsExactly(Reason.NO_EFORM);
    }
}
