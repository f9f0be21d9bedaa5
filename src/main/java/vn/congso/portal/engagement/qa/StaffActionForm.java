package vn.congso.portal.engagement.qa;

/** The officer's forms on one question (assign, answer, publish, decline); errors show beside each field. */
public class StaffActionForm {

    private String department;
    private String assignee;
    private String answer;
    private String publicQuestion;
    private String reason;

    static StaffActionForm of(Question q) {
        StaffActionForm form = new StaffActionForm();
        form.department = q.departmentCode();
        form.assignee = q.assignee();
        form.answer = q.answer();
        form.publicQuestion = q.publishedQuestion();
        form.reason = q.declineReason();
        return form;
    }

    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getPublicQuestion() { return publicQuestion; }
    public void setPublicQuestion(String publicQuestion) { this.publicQuestion = publicQuestion; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
