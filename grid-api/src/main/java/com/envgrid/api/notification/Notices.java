package com.envgrid.api.notification;

import com.envgrid.api.accountability.AccountabilityChanged;
import com.envgrid.api.complaint.ComplaintReplyPublished;
import com.envgrid.api.duty.DutiesAssigned;
import com.envgrid.api.emergency.EmergencyOpened;
import com.envgrid.api.problem.CaseAssigned;
import com.envgrid.api.radiation.LicenceExpiring;
import com.envgrid.core.problem.Escalated;
import com.envgrid.core.problem.Escalation;

import java.util.List;

/**
 * The texts of the notifications, in Chinese with a line of English, and the cause each is keyed by. A cause names
 * the change, not the moment it was noticed: raised again, it is the same notice.
 */
final class Notices {
    private static final String PLATFORM = "【网格化环境监管平台】";
    /** Lines of a digest listed one by one; the rest are counted. */
    private static final int DIGEST_LINES = 20;

    private Notices() {
    }

    /** A reply published to a complainant: one notice per publication (a complaint may publish more than one). */
    static Outbox.Notice replyPublished(ComplaintReplyPublished e) {
        String greeting = e.complainantName() == null || e.complainantName().isBlank() ? "您好："
                : e.complainantName().strip() + "，您好：";
        return new Outbox.Notice("complaint:" + e.complaintId() + ":public-reply:" + e.publishedAt().toEpochMilli(),
                "complaint_reply", PLATFORM + "您的投诉已有答复（编号 " + e.complaintId() + "）",
                greeting + "\n\n您反映的问题（投诉编号 " + e.complaintId() + "）已有答复：\n\n" + e.text()
                        + "\n\n办理进展可在平台投诉页面（" + e.statusUrl() + "）查看，并可通过受理回执中的链接评价办理结果。"
                        + "感谢您对生态环境保护工作的支持。\n\n"
                        + "Your complaint no. " + e.complaintId() + " has been answered (above, in Chinese).\n");
    }

    /** A record proposed, for the administrators who decide it; confirmed, for the person who is to answer. */
    static Outbox.Notice accountability(AccountabilityChanged e, String gridName) {
        return e.confirmed()
                ? new Outbox.Notice("accountability:" + e.id() + ":confirmed", "accountability",
                PLATFORM + "问责决定：" + e.measureName() + "（" + gridName + "）",
                "经区级管理员确认，对" + e.subject() + "予以" + e.measureName() + "。\n\n事由：" + e.reason()
                        + "\n\n详情请与区级管理员联系。\n\n"
                        + "Accountability record " + e.id() + " was confirmed: " + e.measureName() + ".\n")
                : new Outbox.Notice("accountability:" + e.id() + ":proposed", "accountability",
                PLATFORM + "待确认的问责建议：" + e.measureName() + "（" + gridName + "）",
                "平台建议对" + e.subject() + "予以" + e.measureName() + "，请确认或驳回。\n\n事由：" + e.reason()
                        + "\n\n请登录平台“考核督查 → 季度点评”处理。\n\n"
                        + "Accountability record " + e.id() + " is proposed (" + e.measureName()
                        + ") and awaits your decision.\n");
    }

    static Outbox.Notice caseAssigned(CaseAssigned e) {
        return new Outbox.Notice("case:" + e.caseId() + ":assigned:" + e.assigneeId() + ":" + e.at().toEpochMilli(),
                "case_assigned", PLATFORM + "新的整改任务：问题 " + e.caseId() + "（" + e.gridName() + "）",
                "您被指派跟进问题 " + e.caseId() + "：\n\n" + e.category() + "：" + e.description() + "\n网格："
                        + e.gridName() + "\n整改期限：" + e.dueBy() + "\n\n请登录平台查看详情。\n\n"
                        + "Problem case " + e.caseId() + " was assigned to you; due by " + e.dueBy() + ".\n");
    }

    /** One supervisor's share of a generation run: keyed by the first duty, so only a run that created them sends. */
    static Outbox.Notice dutyDigest(String period, List<DutiesAssigned.NewDuty> theirs) {
        long first = theirs.stream().mapToLong(DutiesAssigned.NewDuty::id).min().orElseThrow();
        long supervisor = theirs.get(0).supervisorId();
        StringBuilder body = new StringBuilder("您有 " + theirs.size() + " 项新的巡查任务（" + period + "）：\n\n");
        theirs.stream().limit(DIGEST_LINES).forEach(d -> body.append("· ").append(d.dueFrom()).append(" 至 ")
                .append(d.dueBy()).append("  ").append(d.kind()).append("  ").append(d.target()).append("（")
                .append(d.gridName()).append("）\n"));
        if (theirs.size() > DIGEST_LINES) {
            body.append("…… 另有 ").append(theirs.size() - DIGEST_LINES).append(" 项\n");
        }
        body.append("\n请登录平台“我的任务”查看。\n\n").append(theirs.size()).append(" new inspection duties for ")
                .append(period).append(".\n");
        return new Outbox.Notice("duties:" + period + ":" + supervisor + ":" + first, "duty_digest",
                PLATFORM + period + " 新的巡查任务 " + theirs.size() + " 项", body.toString());
    }

    /**
     * A case, complaint, remediation measure or supervision order gone up to {@code told} (the chief, or the district): one notice per
     * thing and level, so each scan after the first adds nothing.
     */
    static Outbox.Notice escalated(String what, Escalated e, Escalation.Level told, String gridName) {
        String noun = switch (what) {
            case "case" -> "问题";
            case "measure" -> "一厂一策整改措施";
            case "order" -> "督办单";
            default -> "投诉";
        };
        String english = switch (what) {
            case "case" -> "Problem case ";
            case "measure" -> "Remediation measure ";
            case "order" -> "Supervision order ";
            default -> "Complaint ";
        };
        return new Outbox.Notice(what + ":" + e.id() + ":escalated:" + told.key(), "escalation",
                PLATFORM + noun + " " + e.id() + " 已超期，升级至" + told.chineseName() + "（" + gridName + "）",
                noun + " " + e.id() + "（" + gridName + "）期限为 " + e.dueBy() + "，至今未办结，已升级至"
                        + told.chineseName() + "：\n\n" + e.summary() + "\n\n请登录平台督办。\n\n"
                        + english + e.id() + " is overdue since " + e.dueBy() + " and was escalated to the "
                        + told.key() + ".\n");
    }

    /** A radiation safety licence about to expire: one notice per licence and expiry, so a renewal warns again. */
    static Outbox.Notice licenceExpiring(LicenceExpiring e, String gridName) {
        return new Outbox.Notice("radiation-licence:" + e.holderCode() + ":" + e.number() + "/" + e.expiresOn()
                + ":expiring", "radiation_licence", PLATFORM + e.holderName() + " 辐射安全许可证将于 " + e.expiresOn()
                + " 到期", e.holderName() + "（" + gridName + "）的辐射安全许可证 " + e.number() + " 将于 " + e.expiresOn()
                + " 到期，剩余 " + e.daysLeft() + " 天。请督促其在到期前申请延续，到期未延续将自动立案。\n\n"
                + "The radiation safety licence " + e.number() + " of " + e.holderCode() + " expires on " + e.expiresOn()
                + " (" + e.daysLeft() + " days left).\n");
    }

    /** An emergency reported: one notice per emergency (and recipient, by the outbox). */
    static Outbox.Notice emergencyOpened(EmergencyOpened e) {
        return new Outbox.Notice("emergency:" + e.id() + ":opened", "emergency",
                PLATFORM + "突发环境事件（" + e.levelName() + "，" + e.typeName() + "）：" + e.gridName(),
                "网格 " + e.gridName() + " 报告突发环境事件：\n\n类型：" + e.typeName() + "\n级别：" + e.levelName()
                        + "\n发生时间：" + e.occurredAt() + "\n\n" + e.description()
                        + "\n\n请立即登录平台“突发环境事件”页面查看周边敏感目标并组织处置。\n\n"
                        + "An environmental emergency was reported in " + e.gridName() + ".\n");
    }
}
