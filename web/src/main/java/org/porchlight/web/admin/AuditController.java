package org.porchlight.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The audit page: who started, stopped, paused or changed what, newest first. */
@Controller
class AuditController {

	private static final int MAX_ENTRIES = 500;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(Model model) {
		model.addAttribute("entries", this.audit.recent(MAX_ENTRIES));
		return "admin/audit";
	}

}
