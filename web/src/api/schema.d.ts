// Generated from the API's OpenAPI document by web/scripts/generate-api.mjs (npm run web:api). Do not edit:
// a test regenerates it and fails when it differs, and tsc then checks the web app against it.
export interface paths {
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng nhập, nhận mã phiên (Bearer) / sign in for a bearer token */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Đăng xuất / sign out */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người đang đăng nhập / who is signed in */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Phiên hiện tại và mã CSRF (khi tải lại trang) / the current session and its CSRF token (after a reload) */
        get: operations["getAuthSession"];
        put?: never;
        /**
         * Đăng nhập cho trình duyệt: cookie HttpOnly và mã CSRF / sign in for the browser: an HttpOnly cookie and a CSRF token
         * @description Đặt cookie dondoc_session (HttpOnly, SameSite=Strict, Path=/api, 12 giờ). Mọi yêu cầu khác GET bằng cookie phải gửi kèm tiêu đề X-CSRF-Token = csrfToken. / Sets the dondoc_session cookie (HttpOnly, SameSite=Strict, Path=/api, 12 h). Every cookie request other than GET must send the header X-CSRF-Token = csrfToken.
         */
        post: operations["postAuthSession"];
        /**
         * Đăng xuất trình duyệt: kết thúc phiên và xóa cookie / sign the browser out: end the session, clear the cookie
         * @description Cần X-CSRF-Token khi dùng cookie / needs X-CSRF-Token with the cookie (x-csrf-token).
         */
        delete: operations["deleteAuthSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/directives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách văn bản chỉ đạo / list directives */
        get: operations["getDirectives"];
        put?: never;
        /**
         * Đăng ký văn bản chỉ đạo và các nhiệm vụ / register a directive and its tasks
         * @description Mỗi nhiệm vụ trở thành một quy trình Temporal; tối đa 5.000 nhiệm vụ mỗi văn bản. Mọi nhiệm vụ được kiểm tra trước; một lỗi thì không lưu gì. Nhiệm vụ có trong danh sách ngay khi đăng ký xong. / Each task becomes a Temporal workflow; up to 5,000 tasks per directive. All tasks are checked first; one error stores nothing. The tasks are listed as soon as the registration answers.
         */
        post: operations["postDirectives"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách nhiệm vụ: lọc, sắp xếp, phân trang / list tasks: filters, sorting, cursor pagination */
        get: operations["getTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Chi tiết nhiệm vụ: sổ đăng ký, trạng thái trực tiếp, lịch sử / task detail: register row, live state, history */
        get: operations["getTasksById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thông báo đã gửi của nhiệm vụ / the task’s notifications */
        get: operations["getTasksByIdNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận tiếp nhận / acknowledge receipt
         * @description Vai trò được phép / roles allowed: agency_head, agency_officer. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdAcknowledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/report-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Báo cáo tiến độ / report progress
         * @description Vai trò được phép / roles allowed: agency_head, agency_officer. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdReportProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/submit-completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Báo cáo hoàn thành / submit the completion report
         * @description Vai trò được phép / roles allowed: agency_head, agency_officer. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdSubmitCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/review-completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Văn phòng xác nhận hoặc trả lại báo cáo / the office accepts or returns the report
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdReviewCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/propose-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đề xuất gia hạn / propose an extension
         * @description Vai trò được phép / roles allowed: agency_head, agency_officer. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdProposeExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/decide-extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lãnh đạo quyết định gia hạn / the leader decides the extension
         * @description Vai trò được phép / roles allowed: leader. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdDecideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thu hồi nhiệm vụ / withdraw the task
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giao lại cho cơ quan khác / reassign to another agency
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/amend-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Điều chỉnh thời hạn / amend the deadline
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdAmendDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm hoãn / put on hold
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp tục / resume
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Từ chối nhiệm vụ (không thuộc chức năng) / refuse the task
         * @description Vai trò được phép / roles allowed: agency_head, agency_officer. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/insist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Giữ nguyên giao nhiệm vụ / insist on the assignment
         * @description Vai trò được phép / roles allowed: office, admin. Trả lời: tình trạng sau thao tác và các mục lịch sử thao tác thêm vào (changes); trạng thái đầy đủ ở GET /api/tasks/{id}. / Answers where the task stands after the action and the history entries it added (changes); the full state is at GET /api/tasks/{id}.
         */
        post: operations["postTasksByIdInsist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dòng thời gian: thao tác, thông báo kèm lý do, sự kiện sắp tới / the timeline: actions, notices with why, pending events
         * @description Cũ trước, mới sau. Mỗi thông báo hẹn giờ và sự kiện chờ nêu quy tắc, số ngày làm việc tính từ đâu và các ngày nghỉ được bỏ qua. / Oldest first. Each timed notice and pending event names its rule, the working days counted from what, and the days off skipped.
         */
        get: operations["getTasksByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đề xuất gia hạn chờ quyết định / extension proposals waiting for a decision
         * @description Lãnh đạo: nhiệm vụ mình giao (Chủ tịch: tất cả, mine cho biết của ai); cơ quan: của mình; Văn phòng: tất cả. pastWindow: quá thời hạn quyết định. / Leader: tasks they assigned (the chairman: all, `mine` tells which); agency: its own; office: all. pastWindow: the decision window has passed.
         */
        get: operations["getExtensions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/headers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đọc dòng tiêu đề và các trang tính của tệp để ghép cột / read a file's header row and worksheets, to map its columns
         * @description Không lưu gì. / Stores nothing.
         */
        post: operations["postImportsHeaders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập nhiệm vụ từ tệp Excel/CSV của hệ thống quản lý văn bản / import tasks from a document-management export (.xlsx/.csv)
         * @description dryRun: true chỉ kiểm tra. Mỗi dòng được nhận hoặc từ chối kèm lý do; dòng lỗi không để lại gì. / dryRun: true only checks. Each row is taken or refused with reasons; a failed row leaves nothing.
         */
        post: operations["postImports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thống kê theo cơ quan, lãnh đạo hoặc nguồn; JSON, CSV hoặc Excel / statistics by agency, leader or source; JSON, CSV or Excel
         * @description Mỗi số liệu nêu công thức đã dùng. Cơ quan chỉ thấy số liệu của mình. / Every figure names its formula. An agency sees only its own figures.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Công thức và ngưỡng biểu dương/cảnh báo đang dùng / the formula and praise/warning thresholds in use */
        get: operations["getSettingsStatistics"];
        /** Đặt công thức và ngưỡng / set the formula and thresholds */
        put: operations["putSettingsStatistics"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xuất danh sách nhiệm vụ đã lọc ra Excel hoặc CSV / the filtered task list as Excel or CSV
         * @description Cùng bộ lọc và thứ tự như GET /api/tasks; mỗi nhiệm vụ một dòng: mã, trích yếu, văn bản, cơ quan chủ trì và phối hợp, thời hạn theo văn bản và hiện hành, trạng thái, số ngày quá hạn (ngày làm việc), cấp đôn đốc, báo cáo gần nhất. / The same filters and order as GET /api/tasks; one row per task.
         */
        get: operations["getTasksExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delivery-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cách nhận thông báo: từng thư hay thư tổng hợp hằng ngày / how notices are delivered: each at once, or a daily digest */
        get: operations["getDeliveryPreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delivery-preferences/{email}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Đặt cách nhận thông báo cho một địa chỉ / set how an address takes notices
         * @description Văn phòng, quản trị: mọi địa chỉ; cơ quan: hộp thư, thủ trưởng, đầu mối của mình; lãnh đạo: địa chỉ của mình. / The office and admin: any address; an agency: its mailbox, head and focal officer; a leader: their own.
         */
        put: operations["putDeliveryPreferencesByEmail"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/delivery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Loại thông báo luôn gửi ngay, kể cả cho người nhận thư tổng hợp / the kinds always sent at once, even to digest recipients */
        put: operations["putSettingsDelivery"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các kế hoạch kiểm tra / inspection plans */
        get: operations["getInspectionPlans"];
        put?: never;
        /** Lập kế hoạch kiểm tra: năm, mục đích, thời gian, các đoàn, cơ quan được kiểm tra / draw up an inspection plan */
        post: operations["postInspectionPlans"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cơ quan nên kiểm tra: có nhiệm vụ quá hạn; đã kiểm tra năm trước mà vẫn quá hạn (kiểm tra lại) / agencies worth inspecting */
        get: operations["getInspectionSuggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kế hoạch, các lần kiểm tra, kết luận và nhiệm vụ từ kết luận (đã xong, quá hạn) / a plan with its visits, conclusions and the resulting tasks */
        get: operations["getInspectionPlansById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-plans/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lên lịch kiểm tra một cơ quan; thông báo trước ít nhất 5 ngày làm việc, trừ khi đột xuất / schedule a visit; announced at least 5 working days ahead unless unannounced */
        post: operations["postInspectionPlansByIdVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-visits/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hủy lịch kiểm tra (báo cho đoàn và, nếu đã thông báo, cơ quan) / cancel a visit */
        post: operations["postInspectionVisitsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection-visits/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ghi kết luận kiểm tra; mỗi kiến nghị thành một nhiệm vụ của cơ quan, do trưởng đoàn giao / record the conclusions; each recommendation becomes a task */
        post: operations["postInspectionVisitsByIdConclusion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ủy quyền đã giao và đã nhận (quản trị: tất cả) / delegations given and received (admin: all) */
        get: operations["getDelegations"];
        put?: never;
        /**
         * Ủy quyền một quyền cho người khác trong một khoảng thời gian / delegate a power for a date range
         * @description Lãnh đạo: quyết định gia hạn (cho lãnh đạo khác); Văn phòng: xác nhận báo cáo hoàn thành. Không ủy quyền tiếp. / A leader: deciding extensions (to another leader); the office: reviewing completion reports. Never passed on.
         */
        post: operations["postDelegations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegation-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Người có thể nhận ủy quyền một quyền / who may be delegated a power */
        get: operations["getDelegationCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/delegations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thu hồi ủy quyền / revoke a delegation */
        post: operations["postDelegationsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-regimes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chế độ báo cáo / reporting regimes */
        get: operations["getReportingRegimes"];
        put?: never;
        /** Lập chế độ báo cáo định kỳ; mỗi kỳ mỗi cơ quan một nhiệm vụ báo cáo / define a reporting regime; each period, a report task per agency */
        post: operations["postReportingRegimes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-regimes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Một chế độ báo cáo, lịch chạy tới và từng kỳ (số báo cáo, đã nộp, quá hạn) / a regime, its next runs and each period */
        get: operations["getReportingRegimesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa chế độ báo cáo (áp dụng từ kỳ sau) / edit a regime (from the next period) */
        patch: operations["patchReportingRegimesById"];
        trace?: never;
    };
    "/api/reporting-regimes/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tạm dừng (không tạo kỳ mới) / pause (no new periods) */
        post: operations["postReportingRegimesByIdPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-regimes/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tiếp tục / resume */
        post: operations["postReportingRegimesByIdResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-regimes/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kết thúc chế độ báo cáo (các nhiệm vụ đã giao vẫn theo dõi) / end the regime (tasks given stay followed) */
        post: operations["postReportingRegimesByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reporting-regimes/{id}/backfill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chạy bù các kỳ bị lỡ / run missed periods
         * @description Mỗi kỳ chỉ tạo một lần cho mỗi cơ quan, kể cả khi đã chạy / each period is registered once per agency, even if it already ran.
         */
        post: operations["postReportingRegimesByIdBackfill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách cơ quan / list agencies */
        get: operations["getAgencies"];
        put?: never;
        /** Thêm cơ quan / add an agency */
        post: operations["postAgencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa cơ quan / change an agency */
        patch: operations["patchAgenciesById"];
        trace?: never;
    };
    "/api/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách lãnh đạo / list leaders */
        get: operations["getLeaders"];
        put?: never;
        /** Thêm lãnh đạo / add a leader */
        post: operations["postLeaders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leaders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa lãnh đạo / change a leader */
        patch: operations["patchLeadersById"];
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Danh sách người dùng / list users */
        get: operations["getUsers"];
        put?: never;
        /** Thêm người dùng / add a user */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa người dùng, đặt lại mật khẩu / change a user, reset a password */
        patch: operations["patchUsersById"];
        trace?: never;
    };
    "/api/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lịch nghỉ một năm: ngày nghỉ, nghỉ bù, làm bù, căn cứ; năm tạm tính được đánh dấu / a year's days off, compensatory and make-up days, with sources; a provisional year is marked */
        get: operations["getCalendarByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{year}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Thêm/bỏ một ngày nghỉ hoặc ngày làm bù, kèm lý do và căn cứ; gửi tới mọi nhiệm vụ đang chạy / add or remove one day off or make-up day, with reason and source; sent to every open task */
        post: operations["postCalendarByYearChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các lần sửa lịch: ai, khi nào, thay đổi gì / calendar corrections: who, when, what changed */
        get: operations["getCalendarCorrections"];
        put?: never;
        /**
         * Thay cả lịch nghỉ lễ (nhiều năm một lần); gửi tới mọi nhiệm vụ đang chạy / replace the whole holiday calendar; sent to every open task
         * @description Nhiệm vụ mới dùng lịch mới nhất; nhiệm vụ đang chạy nhận qua một thao tác hàng loạt của Temporal. / New tasks use the latest calendar; open tasks get it through one Temporal batch operation.
         */
        post: operations["postCalendarCorrections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Các chế độ nhắc việc, báo cáo cấp trên / the follow-up policy profiles */
        get: operations["getPolicyProfiles"];
        put?: never;
        /** Thêm chế độ đôn đốc / add a policy profile */
        post: operations["postPolicyProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policy-profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Sửa chế độ đôn đốc (áp dụng cho nhiệm vụ giao sau đó) / change a policy profile (for tasks registered afterwards) */
        patch: operations["patchPolicyProfilesById"];
        trace?: never;
    };
    "/api/settings/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cơ quan ban hành, địa danh, người ký của báo cáo / the report's issuing body, place and signer */
        get: operations["getSettingsReport"];
        /** Đặt cơ quan ban hành, địa danh, người ký / set the issuing body, place and signer */
        put: operations["putSettingsReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nhật ký thay đổi / the audit trail */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hộp thư đi: thông báo đã lưu hoặc đã gửi / the outbox: notifications stored or sent */
        get: operations["getOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                /** @description Mã ổn định / stable code, e.g. INVALID_INPUT */
                code: string;
                /** @description Lý do, tiếng Việt / English */
                message: string;
                fields?: {
                    field: string;
                    message: string;
                }[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601, UTC
                         */
                        expiresAt: string;
                        user: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                            agencyId: string | null;
                            leaderId: string | null;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sai tên hoặc mật khẩu / wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quá nhiều lần sai / too many failures */
            429: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Phiên cookie của trình duyệt thiếu X-CSRF-Token / a browser cookie session without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                        agencyId: string | null;
                        leaderId: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        user: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                            agencyId: string | null;
                            leaderId: string | null;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        csrfToken: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601, UTC
                         */
                        expiresAt: string;
                        user: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                            agencyId: string | null;
                            leaderId: string | null;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sai tên hoặc mật khẩu / wrong credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quá nhiều lần sai / too many failures */
            429: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        ok: true;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Phiên cookie của trình duyệt thiếu X-CSRF-Token / a browser cookie session without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectives: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            number: string;
                            /** Format: date */
                            date: string;
                            signer: string;
                            source: string;
                            title: string;
                            tasks: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDirectives: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    directive: {
                        number: string;
                        /** Format: date */
                        date: string;
                        signer: string;
                        /** @enum {string} */
                        source: "government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman";
                        title: string;
                    };
                    /** @description 1–5000 nhiệm vụ / 1–5000 tasks */
                    tasks: {
                        code?: string;
                        title: string;
                        /** @default  */
                        content?: string;
                        leadAgencyId: string;
                        /** @default [] */
                        coordinatingAgencyIds?: string[];
                        assigningLeaderId: string;
                        /** @description "15/3/2026", "12/2026", "quý IV/2026", "năm 2026", "01/01/1970" (không thời hạn / none), or {precision, …} */
                        deadline: string | ({
                            /** @constant */
                            precision: "day";
                            /** Format: date */
                            date: string;
                        } | {
                            /** @constant */
                            precision: "month";
                            year: number;
                            month: number;
                        } | {
                            /** @constant */
                            precision: "quarter";
                            year: number;
                            quarter: number;
                        } | {
                            /** @constant */
                            precision: "year";
                            year: number;
                        } | {
                            /** @constant */
                            precision: "none";
                        });
                        /**
                         * @default normal
                         * @enum {string}
                         */
                        priority?: "normal" | "high" | "urgent";
                        /** @description Chế độ đôn đốc (mặc định theo nguồn giao và mức độ) / policy profile (default: by source and priority) */
                        policyProfile?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        directive: {
                            number: string;
                            /** Format: date */
                            date: string;
                            signer: string;
                            source: string;
                            title: string;
                        };
                        tasks: {
                            taskId: string;
                            code: string;
                            title: string;
                            started: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Văn bản đã có với ngày/người ký khác, nhiệm vụ trùng, hoặc thiếu Chủ tịch/Văn phòng / directive conflict, duplicate task, or no chairman/office */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasks: {
        parameters: {
            query?: {
                /** @description Cơ quan chủ trì hoặc phối hợp / agency as lead or coordinator */
                agency?: string;
                agencyRole?: "lead" | "coordinator" | "any";
                /** @description Trạng thái, phân cách bằng dấu phẩy / statuses, comma-separated */
                status?: string;
                /** @description Nhóm thống kê / statistics category */
                category?: "completed_on_time" | "completed_late" | "in_progress_on_time" | "overdue" | "due_soon" | "no_deadline" | "open";
                source?: "government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman";
                /** @description Lãnh đạo giao / assigning leader */
                leader?: string;
                directive?: string;
                deadlineFrom?: string;
                deadlineTo?: string;
                overdue?: "true" | "false";
                escalationLevel?: number;
                /** @description report: báo cáo định kỳ theo chế độ báo cáo; task: nhiệm vụ khác / periodic reports, or other tasks */
                kind?: "task" | "report";
                /** @description Tìm theo trích yếu, số hiệu, có hoặc không dấu / free text, with or without diacritics */
                q?: string;
                sort?: "deadline" | "-deadline" | "assigned" | "-assigned" | "updated" | "-updated" | "escalation" | "-escalation" | "code" | "-code";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            taskId: string;
                            code: string;
                            title: string;
                            source: string;
                            directiveNumber: string;
                            leadAgencyId: string;
                            coordinatingAgencyIds: string[];
                            priority: string;
                            assigningLeaderId: string;
                            status: string;
                            overdue: boolean;
                            deadline: string | null;
                            deadlineAt: string | null;
                            /** @description Thời hạn như văn bản ghi / the deadline as the directive wrote it; `deadline` is the day in force */
                            deadlineAsWritten: string;
                            escalationLevel: number;
                            progressPercent: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            assignedAt: string;
                            completedAt: string | null;
                            completedOnTime: boolean | null;
                            withdrawnAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            updatedAt: string;
                            /** @description Thông báo kế tiếp quy trình sẽ gửi / the next notice the workflow will send */
                            nextNotice: {
                                kind: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                at: string;
                            } | null;
                            /**
                             * @description report: báo cáo định kỳ / a periodic report
                             * @enum {string}
                             */
                            kind: "task" | "report";
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        task: {
                            taskId: string;
                            code: string;
                            title: string;
                            source: string;
                            directiveNumber: string;
                            leadAgencyId: string;
                            coordinatingAgencyIds: string[];
                            priority: string;
                            assigningLeaderId: string;
                            status: string;
                            overdue: boolean;
                            deadline: string | null;
                            deadlineAt: string | null;
                            /** @description Thời hạn như văn bản ghi / the deadline as the directive wrote it; `deadline` is the day in force */
                            deadlineAsWritten: string;
                            escalationLevel: number;
                            progressPercent: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            assignedAt: string;
                            completedAt: string | null;
                            completedOnTime: boolean | null;
                            withdrawnAt: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            updatedAt: string;
                            /** @description Thông báo kế tiếp quy trình sẽ gửi / the next notice the workflow will send */
                            nextNotice: {
                                kind: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                at: string;
                            } | null;
                            /**
                             * @description report: báo cáo định kỳ / a periodic report
                             * @enum {string}
                             */
                            kind: "task" | "report";
                        } | null;
                        registration: {
                            directiveNumber: string;
                            registeredBy: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            registeredAt: string;
                            startedAt: string | null;
                            content: string;
                            directive: {
                                number: string;
                                /** Format: date */
                                date: string;
                                signer: string;
                            };
                            /** @description Chế độ đôn đốc nhiệm vụ chạy theo / the policy profile the task runs under */
                            policyProfile: string | null;
                            /** @description Thời hạn như văn bản ghi (ngày, tháng, quý, năm) / the deadline as the directive wrote it */
                            deadlineAsWritten: string;
                        } | null;
                        live: {
                            status: string;
                            phase: string;
                            deadline: string | null;
                            deadlineAt: string | null;
                            overdue: boolean;
                            dueSoon: boolean;
                            escalationLevel: number;
                            progressPercent: number;
                            acknowledgedAt: string | null;
                            leadAgency: {
                                id: string;
                                name: string;
                                email: string;
                                head: {
                                    name: string;
                                    email: string;
                                };
                            };
                            coordinatingAgencies: {
                                id: string;
                                name: string;
                                email: string;
                                head: {
                                    name: string;
                                    email: string;
                                };
                            }[];
                            extension: {
                                n: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                proposedAt: string;
                                by: {
                                    id: string;
                                    name: string;
                                    role: string;
                                    agencyId?: string;
                                    onBehalfOf?: unknown;
                                } & {
                                    [key: string]: unknown;
                                };
                                reason: string;
                                plan: string;
                                /** Format: date */
                                proposedDeadline: string;
                            } | null;
                            completion: {
                                n: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                submittedAt: string;
                                by: {
                                    id: string;
                                    name: string;
                                    role: string;
                                    agencyId?: string;
                                    onBehalfOf?: unknown;
                                } & {
                                    [key: string]: unknown;
                                };
                                summary: string;
                                documents: string[];
                                deadlineAtSubmission: string | null;
                            } | null;
                            refusal: {
                                n: number;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                    role: string;
                                    agencyId?: string;
                                    onBehalfOf?: unknown;
                                } & {
                                    [key: string]: unknown;
                                };
                                reason: string;
                            } | null;
                            hold: {
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                since: string;
                                reason: string;
                            } | null;
                            nextEvent: {
                                key: string;
                                kind: string;
                                /**
                                 * Format: date-time
                                 * @description ISO 8601, UTC
                                 */
                                at: string;
                            } | null;
                        } | null;
                        liveError: string | null;
                        history: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                        reports: {
                            seq: number;
                            kind: string;
                            number: number | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorName: string;
                            percent: number | null;
                            text: string;
                            documents: string[] | null;
                            outcome: string | null;
                            outcomeAt: string | null;
                            outcomeReason: string | null;
                        }[];
                        extensions: {
                            proposal: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            proposedBy: string;
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                            decision: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            newDeadline: string | null;
                            comment: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ, hoặc không được xem / no such task, or not yours to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksByIdNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            kind: string;
                            /** @description null: thư tổng hợp / a digest */
                            taskId: string | null;
                            to: {
                                name: string;
                                email: string;
                            }[];
                            cc: {
                                name: string;
                                email: string;
                            }[];
                            subject: string;
                            text: string;
                            html: string;
                            /**
                             * @description queued: chờ thư tổng hợp của người nhận / held for the recipients' daily digest
                             * @enum {string}
                             */
                            status: "sent" | "stored" | "queued";
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            recordedAt: string;
                            /** @description Khi thông báo đến hạn gửi: giờ đã định của nhắc việc, hoặc lúc có thao tác / when the notice was due: a timed notice's scheduled instant, or the action's instant */
                            dueAt?: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdAcknowledge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: agency_head, agency_officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdReportProgress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                    percent?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: agency_head, agency_officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdSubmitCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    /** @default [] */
                    documents?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: agency_head, agency_officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdReviewCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "accept" | "return";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdProposeExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    plan: string;
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    proposedDeadline: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: agency_head, agency_officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdDecideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    newDeadline?: string;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdReassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    newLeadAgencyId: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdAmendDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    newDeadline: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdHold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdResume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    newDeadline?: string;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdRefuse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: agency_head, agency_officer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTasksByIdInsist: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        status: string;
                        phase: string;
                        deadline: string | null;
                        deadlineAt: string | null;
                        overdue: boolean;
                        dueSoon: boolean;
                        escalationLevel: number;
                        progressPercent: number;
                        acknowledgedAt: string | null;
                        leadAgency: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        };
                        coordinatingAgencies: {
                            id: string;
                            name: string;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                        }[];
                        extension: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                        } | null;
                        completion: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            submittedAt: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            summary: string;
                            documents: string[];
                            deadlineAtSubmission: string | null;
                        } | null;
                        refusal: {
                            n: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            by: {
                                id: string;
                                name: string;
                                role: string;
                                agencyId?: string;
                                onBehalfOf?: unknown;
                            } & {
                                [key: string]: unknown;
                            };
                            reason: string;
                        } | null;
                        hold: {
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            since: string;
                            reason: string;
                        } | null;
                        nextEvent: {
                            key: string;
                            kind: string;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                        } | null;
                        /** @description Các mục lịch sử thao tác này thêm vào / the history entries this action added */
                        changes: {
                            seq: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            actorName: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ / no such task */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Quy trình từ chối, kèm mã và lý do / refused by the workflow, with its code and reason */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksByIdTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Đọc được trạng thái trực tiếp (có sự kiện chờ) / the live state answered (pending events listed) */
                        live: boolean;
                        entries: ({
                            /** @constant */
                            type: "action";
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            seq: number;
                            actorName: string;
                            actorRole: string;
                            action: string;
                            details: {
                                [key: string]: unknown;
                            };
                        } | {
                            /** @constant */
                            type: "notice";
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            key: string;
                            kind: string;
                            dueAt: string | null;
                            /** @enum {string} */
                            status: "sent" | "stored" | "queued";
                            subject: string;
                            to: {
                                name: string;
                                email: string;
                            }[];
                            cc: {
                                name: string;
                                email: string;
                            }[];
                            why: {
                                rule: string;
                                /** Format: date */
                                day: string;
                                anchor: ("deadline" | "assigned" | "submitted" | "proposed" | "refused" | "escalation_end" | "period_end") | null;
                                anchorDay: string | null;
                                workingDays: number | null;
                                direction: ("before" | "after") | null;
                                level: number | null;
                                target: string | null;
                                daysOffSkipped: {
                                    /** Format: date */
                                    date: string;
                                    name: string;
                                    kind: string;
                                }[];
                                weekendDaysSkipped: number;
                            } | null;
                        } | {
                            /** @constant */
                            type: "pending";
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            key: string;
                            kind: string;
                            why: {
                                rule: string;
                                /** Format: date */
                                day: string;
                                anchor: ("deadline" | "assigned" | "submitted" | "proposed" | "refused" | "escalation_end" | "period_end") | null;
                                anchorDay: string | null;
                                workingDays: number | null;
                                direction: ("before" | "after") | null;
                                level: number | null;
                                target: string | null;
                                daysOffSkipped: {
                                    /** Format: date */
                                    date: string;
                                    name: string;
                                    kind: string;
                                }[];
                                weekendDaysSkipped: number;
                            } | null;
                        })[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không có nhiệm vụ, hoặc không được xem / no such task, or not yours to see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExtensions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            taskId: string;
                            code: string;
                            title: string;
                            leadAgencyId: string;
                            assigningLeaderId: string;
                            deadline: string | null;
                            proposal: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            proposedAt: string;
                            proposedBy: string;
                            reason: string;
                            plan: string;
                            /** Format: date */
                            proposedDeadline: string;
                            /**
                             * Format: date
                             * @description Hạn quyết định (ngày làm việc theo chính sách) / the decision is due by this day
                             */
                            decideBy: string;
                            pastWindow: boolean;
                            /** @description Nhiệm vụ do chính lãnh đạo này giao / a task this leader assigned */
                            mine: boolean;
                            /** @description Quyết định thay mặt ai, theo ủy quyền / whose decision this is, under a delegation */
                            onBehalfOf: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postImportsHeaders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filename: string & (unknown & unknown);
                    /**
                     * Format: base64
                     * @description Nội dung tệp mã hóa base64 / the file, base64-encoded
                     */
                    content: string;
                    /** @description Trang tính (mặc định trang đầu) / worksheet (default the first) */
                    sheet?: string;
                    /** @default 1 */
                    headerRow?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Các ô của dòng tiêu đề / the header row's cells */
                        headers: string[];
                        /** @description Các trang tính của tệp Excel / the Excel file's worksheets */
                        sheets: string[];
                        /** @description Số dòng dữ liệu dưới dòng tiêu đề / data rows below the header */
                        rows: number;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postImports: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filename: string & (unknown & unknown);
                    /**
                     * Format: base64
                     * @description Nội dung tệp mã hóa base64 / the file, base64-encoded
                     */
                    content: string;
                    /** @description Trang tính (mặc định trang đầu) / worksheet (default the first) */
                    sheet?: string;
                    /** @default 1 */
                    headerRow?: number;
                    mapping: {
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        title: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        deadline: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        leadAgency: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        directiveNumber: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        directiveDate: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        coordinatingAgencies?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        assigningLeader?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        signer?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        code?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        content?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        directiveTitle?: string;
                        /** @description Tên cột ở dòng tiêu đề, hoặc chữ cái cột (A, B, …) / header text, or column letter */
                        policyProfile?: string;
                    };
                    defaults: {
                        /** @enum {string} */
                        source: "government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman";
                        assigningLeaderId?: string;
                        signer?: string;
                        /** @description Chế độ đôn đốc cho mọi dòng không ghi / policy profile for rows without one */
                        policyProfile?: string;
                    };
                    /** @default false */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Chạy thử (dryRun): chỉ báo cáo / dry run: the report only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        file: string;
                        totals: {
                            rows: number;
                            taken: number;
                            wouldTake: number;
                            refused: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "taken" | "would_take" | "refused";
                            taskId?: string;
                            title?: string;
                            deadline?: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        file: string;
                        totals: {
                            rows: number;
                            taken: number;
                            wouldTake: number;
                            refused: number;
                        };
                        rows: {
                            row: number;
                            /** @enum {string} */
                            status: "taken" | "would_take" | "refused";
                            taskId?: string;
                            title?: string;
                            deadline?: string;
                            problems: {
                                field: string;
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatistics: {
        parameters: {
            query?: {
                groupBy?: "agency" | "leader" | "source";
                /** @description Giao từ ngày / assigned from */
                from?: string;
                /** @description Giao đến ngày / assigned until */
                to?: string;
                /** @description Số liệu tính đến hết ngày (mặc định hôm nay) / figures as of the end of this day (default today) */
                snapshot?: string;
                formula?: "government_office" | "of_assigned" | "on_time_of_completed";
                format?: "json" | "csv" | "xlsx";
                /** @description Chỉ báo cáo định kỳ, hoặc chỉ nhiệm vụ khác (mặc định: tất cả) / periodic reports only, or other tasks only (default: both) */
                kind?: "task" | "report";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Thời điểm chốt số liệu (ms từ 1970) / the snapshot instant (epoch ms) */
                        snapshot: number;
                        /** @enum {string} */
                        formula: "government_office" | "of_assigned" | "on_time_of_completed";
                        formulaText: {
                            completion: string;
                            onTime: string;
                            overdue: string;
                        };
                        thresholds: {
                            praise: {
                                tasksAbove: number;
                                completionAbove: number;
                                onTimeAbove: number;
                                overdueAtMost: number;
                            };
                            warning: {
                                completionBelow: number;
                                overdueAbove: number;
                            };
                        };
                        groups: {
                            key: string;
                            assigned: number;
                            completedOnTime: number;
                            completedLate: number;
                            inProgressOnTime: number;
                            dueSoon: number;
                            overdue: number;
                            overdueOver30Days: number;
                            overdueOver120Days: number;
                            noDeadline: number;
                            completionRate: number | null;
                            onTimeRate: number | null;
                            overdueRate: number | null;
                            praise: boolean;
                            warning: boolean;
                        }[];
                        total: {
                            key: string;
                            assigned: number;
                            completedOnTime: number;
                            completedLate: number;
                            inProgressOnTime: number;
                            dueSoon: number;
                            overdue: number;
                            overdueOver30Days: number;
                            overdueOver120Days: number;
                            noDeadline: number;
                            completionRate: number | null;
                            onTimeRate: number | null;
                            overdueRate: number | null;
                            praise: boolean;
                            warning: boolean;
                        };
                        /** @enum {string} */
                        groupBy: "agency" | "leader" | "source";
                        period: {
                            from: string | null;
                            to: string | null;
                            /** Format: date */
                            snapshot: string;
                        };
                        labels: {
                            [key: string]: string;
                        };
                    };
                    "text/csv; charset=utf-8": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettingsStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        formula: "government_office" | "of_assigned" | "on_time_of_completed";
                        thresholds: {
                            praise: {
                                tasksAbove: number;
                                completionAbove: number;
                                onTimeAbove: number;
                                overdueAtMost: number;
                            };
                            warning: {
                                completionBelow: number;
                                overdueAbove: number;
                            };
                        };
                        formulas: {
                            [key: string]: {
                                completion: string;
                                onTime: string;
                                overdue: string;
                            };
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSettingsStatistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    formula: "government_office" | "of_assigned" | "on_time_of_completed";
                    thresholds: {
                        praise: {
                            tasksAbove: number;
                            completionAbove: number;
                            onTimeAbove: number;
                            overdueAtMost: number;
                        };
                        warning: {
                            completionBelow: number;
                            overdueAbove: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        formula: "government_office" | "of_assigned" | "on_time_of_completed";
                        thresholds: {
                            praise: {
                                tasksAbove: number;
                                completionAbove: number;
                                onTimeAbove: number;
                                overdueAtMost: number;
                            };
                            warning: {
                                completionBelow: number;
                                overdueAbove: number;
                            };
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasksExport: {
        parameters: {
            query?: {
                /** @description Cơ quan chủ trì hoặc phối hợp / agency as lead or coordinator */
                agency?: string;
                agencyRole?: "lead" | "coordinator" | "any";
                /** @description Trạng thái, phân cách bằng dấu phẩy / statuses, comma-separated */
                status?: string;
                /** @description Nhóm thống kê / statistics category */
                category?: "completed_on_time" | "completed_late" | "in_progress_on_time" | "overdue" | "due_soon" | "no_deadline" | "open";
                source?: "government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman";
                /** @description Lãnh đạo giao / assigning leader */
                leader?: string;
                directive?: string;
                deadlineFrom?: string;
                deadlineTo?: string;
                overdue?: "true" | "false";
                escalationLevel?: number;
                /** @description report: báo cáo định kỳ theo chế độ báo cáo; task: nhiệm vụ khác / periodic reports, or other tasks */
                kind?: "task" | "report";
                /** @description Tìm theo trích yếu, số hiệu, có hoặc không dấu / free text, with or without diacritics */
                q?: string;
                sort?: "deadline" | "-deadline" | "assigned" | "-assigned" | "updated" | "-updated" | "escalation" | "-escalation" | "code" | "-code";
                /** @description Excel (mặc định) hoặc CSV / Excel (default) or CSV */
                format?: "xlsx" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv; charset=utf-8": string;
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDeliveryPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            email: string;
                            name: string;
                            /** @enum {string} */
                            mode: "immediate" | "digest";
                            digestHour: number;
                            updatedBy: string;
                            updatedAt: string;
                        }[];
                        /** @description Địa chỉ người dùng được đặt (null: mọi địa chỉ) / the addresses this user may set (null: any) */
                        addresses: {
                            email: string;
                            name: string;
                            role: string;
                        }[] | null;
                        alwaysImmediate: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putDeliveryPreferencesByEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                email: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description immediate: từng thư; digest: một thư tổng hợp mỗi ngày làm việc / each notice, or one digest a working day
                     * @enum {string}
                     */
                    mode: "immediate" | "digest";
                    /** @default 16 */
                    digestHour?: number;
                    /** @description Tên người nhận, khi địa chỉ không có trong danh mục / the recipient's name, for an address not in the directory */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /** @enum {string} */
                        mode: "immediate" | "digest";
                        digestHour: number;
                        updatedBy: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không được đặt cho địa chỉ này / not an address this user may set */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSettingsDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    alwaysImmediate: ("assigned" | "acknowledgement_reminder" | "reminder" | "report_required" | "escalation" | "overdue_notice" | "extension_proposed" | "extension_reminder" | "extension_escalation" | "extension_decided" | "completion_submitted" | "review_reminder" | "completion_accepted" | "completion_returned" | "refused" | "refusal_reminder" | "insisted" | "reassigned_away" | "withdrawn" | "deadline_amended" | "on_hold" | "resumed" | "progress_report_request" | "inspection_notice" | "inspection_team_notice" | "inspection_reminder" | "inspection_cancelled")[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alwaysImmediate: ("assigned" | "acknowledgement_reminder" | "reminder" | "report_required" | "escalation" | "overdue_notice" | "extension_proposed" | "extension_reminder" | "extension_escalation" | "extension_decided" | "completion_submitted" | "review_reminder" | "completion_accepted" | "completion_returned" | "refused" | "refusal_reminder" | "insisted" | "reassigned_away" | "withdrawn" | "deadline_amended" | "on_hold" | "resumed" | "progress_report_request" | "inspection_notice" | "inspection_team_notice" | "inspection_reminder" | "inspection_cancelled")[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionPlans: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            year: number;
                            title: string;
                            purpose: string;
                            periodFrom: string;
                            periodTo: string;
                            teams: {
                                id: string;
                                name: string;
                                leaderId: string;
                                members: {
                                    name: string;
                                    email: string;
                                }[];
                                secretary: {
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                            agencies: string[];
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInspectionPlans: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    year: number;
                    title: string;
                    purpose?: string;
                    /** Format: date */
                    periodFrom: string;
                    /** Format: date */
                    periodTo: string;
                    teams: {
                        id: string;
                        name: string;
                        /** @description Trưởng đoàn: một lãnh đạo / the team leader: a leader */
                        leaderId: string;
                        /** @default [] */
                        members?: {
                            name: string;
                            email: string;
                        }[];
                        /** @default null */
                        secretary?: {
                            name: string;
                            email: string;
                        } | null;
                    }[];
                    /** @description Cơ quan được kiểm tra / the agencies to inspect */
                    agencies: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        year: number;
                        title: string;
                        purpose: string;
                        periodFrom: string;
                        periodTo: string;
                        teams: {
                            id: string;
                            name: string;
                            leaderId: string;
                            members: {
                                name: string;
                                email: string;
                            }[];
                            secretary: {
                                name: string;
                                email: string;
                            } | null;
                        }[];
                        agencies: string[];
                        createdBy: string;
                        createdAt: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionSuggestions: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agencyId: string;
                            name: string;
                            overdueTasks: number;
                            inspectedIn: number[];
                            reinspection: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInspectionPlansById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        plan: {
                            id: string;
                            year: number;
                            title: string;
                            purpose: string;
                            periodFrom: string;
                            periodTo: string;
                            teams: {
                                id: string;
                                name: string;
                                leaderId: string;
                                members: {
                                    name: string;
                                    email: string;
                                }[];
                                secretary: {
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                            agencies: string[];
                            createdBy: string;
                            createdAt: string;
                        };
                        visits: {
                            id: string;
                            planId: string;
                            teamId: string;
                            agencyId: string;
                            date: string;
                            unannounced: boolean;
                            proposal: string | null;
                            decidedBy: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "cancelled" | "concluded";
                            conclusion: {
                                number: string;
                                date: string;
                                findings: string;
                                directiveNumber: string;
                            } | null;
                            /** @description Nhiệm vụ từ kết luận: tổng, đã hoàn thành, đang quá hạn / tasks from the conclusion */
                            tasks: {
                                total: number;
                                done: number;
                                overdue: number;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInspectionPlansByIdVisits: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    teamId: string;
                    agencyId: string;
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    date: string;
                    unannounced?: {
                        /** @description Đề xuất kiểm tra đột xuất (ví dụ của Sở Nội vụ) / the proposal for an unannounced visit (e.g. the Home Affairs department's) */
                        proposal: string;
                        /** @description Trưởng đoàn đã quyết định / the team leader who decided */
                        decidedBy: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        planId: string;
                        teamId: string;
                        agencyId: string;
                        date: string;
                        unannounced: boolean;
                        proposal: string | null;
                        decidedBy: string | null;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "concluded";
                        conclusion: {
                            number: string;
                            date: string;
                            findings: string;
                            directiveNumber: string;
                        } | null;
                        /** @description Nhiệm vụ từ kết luận: tổng, đã hoàn thành, đang quá hạn / tasks from the conclusion */
                        tasks: {
                            total: number;
                            done: number;
                            overdue: number;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInspectionVisitsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        planId: string;
                        teamId: string;
                        agencyId: string;
                        date: string;
                        unannounced: boolean;
                        proposal: string | null;
                        decidedBy: string | null;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled" | "concluded";
                        conclusion: {
                            number: string;
                            date: string;
                            findings: string;
                            directiveNumber: string;
                        } | null;
                        /** @description Nhiệm vụ từ kết luận: tổng, đã hoàn thành, đang quá hạn / tasks from the conclusion */
                        tasks: {
                            total: number;
                            done: number;
                            overdue: number;
                        };
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Đã kết luận hoặc đã hủy / already concluded or cancelled */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInspectionVisitsByIdConclusion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Số kết luận kiểm tra / the conclusion's number */
                    number: string;
                    /** Format: date */
                    date: string;
                    findings: string;
                    recommendations: {
                        title: string;
                        /** @description Như văn bản ghi: "30/6/2027", "quý III/2027", "trong 15 ngày làm việc" / as written */
                        deadline: string;
                        content?: string;
                        coordinatingAgencyIds?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        visit: {
                            id: string;
                            planId: string;
                            teamId: string;
                            agencyId: string;
                            date: string;
                            unannounced: boolean;
                            proposal: string | null;
                            decidedBy: string | null;
                            /** @enum {string} */
                            status: "scheduled" | "cancelled" | "concluded";
                            conclusion: {
                                number: string;
                                date: string;
                                findings: string;
                                directiveNumber: string;
                            } | null;
                            /** @description Nhiệm vụ từ kết luận: tổng, đã hoàn thành, đang quá hạn / tasks from the conclusion */
                            tasks: {
                                total: number;
                                done: number;
                                overdue: number;
                            };
                        };
                        tasks: {
                            taskId: string;
                            code: string;
                            title: string;
                            started: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Đã có kết luận, lịch đã hủy, hoặc văn bản trùng số / already concluded, cancelled, or the number is taken */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDelegations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            power: "decide_extension" | "review_completion";
                            delegator: {
                                userId: string;
                                name: string;
                                role: string;
                                leaderId: string | null;
                                email: string;
                            };
                            delegate: {
                                userId: string;
                                name: string;
                                role: string;
                                leaderId: string | null;
                                email: string;
                            };
                            from: string;
                            to: string;
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                            revokedAt: string | null;
                            revokedBy: string | null;
                            /** @description Đang có hiệu lực hôm nay / in force today */
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDelegations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description decide_extension: quyết định gia hạn / decide extensions; review_completion: xác nhận hoặc trả lại báo cáo hoàn thành / accept or return completion reports
                     * @enum {string}
                     */
                    power: "decide_extension" | "review_completion";
                    /** @description Người được ủy quyền / the delegate (a user id) */
                    delegateUserId: string;
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    from: string;
                    /** @description Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms */
                    to: string;
                    reason?: string;
                    /** @description Chỉ quản trị: người ủy quyền / admin only: the delegator */
                    delegatorUserId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        power: "decide_extension" | "review_completion";
                        delegator: {
                            userId: string;
                            name: string;
                            role: string;
                            leaderId: string | null;
                            email: string;
                        };
                        delegate: {
                            userId: string;
                            name: string;
                            role: string;
                            leaderId: string | null;
                            email: string;
                        };
                        from: string;
                        to: string;
                        reason: string;
                        createdBy: string;
                        createdAt: string;
                        revokedAt: string | null;
                        revokedBy: string | null;
                        /** @description Đang có hiệu lực hôm nay / in force today */
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: leader, office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trùng thời gian với một ủy quyền khác cùng quyền / overlaps another delegation of the same power */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDelegationCandidates: {
        parameters: {
            query: {
                power: "decide_extension" | "review_completion";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            name: string;
                            role: string;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: leader, office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDelegationsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        power: "decide_extension" | "review_completion";
                        delegator: {
                            userId: string;
                            name: string;
                            role: string;
                            leaderId: string | null;
                            email: string;
                        };
                        delegate: {
                            userId: string;
                            name: string;
                            role: string;
                            leaderId: string | null;
                            email: string;
                        };
                        from: string;
                        to: string;
                        reason: string;
                        createdBy: string;
                        createdAt: string;
                        revokedAt: string | null;
                        revokedBy: string | null;
                        /** @description Đang có hiệu lực hôm nay / in force today */
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Phiên cookie của trình duyệt thiếu X-CSRF-Token / a browser cookie session without its X-CSRF-Token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Đã thu hồi / already revoked */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportingRegimes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            content: string;
                            agencies: string[];
                            frequency: string;
                            due: unknown;
                            directiveNumber: string;
                            assigningLeaderId: string;
                            /** @enum {string} */
                            status: "active" | "paused" | "ended";
                            createdBy: string;
                            createdAt: string;
                            updatedAt: string;
                            /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                            nextRuns: string[];
                            periods: {
                                period: string;
                                tasks: number;
                                done: number;
                                overdue: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportingRegimes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @description Ví dụ "tình hình thực hiện nhiệm vụ UBND thành phố giao" / e.g. "how the tasks the city assigned are carried out" */
                    title: string;
                    content?: string;
                    agencies: string[];
                    /**
                     * @description monthly | quarterly | half_yearly | yearly
                     * @enum {string}
                     */
                    frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
                    /** @description Hạn nộp: N ngày làm việc sau ngày chốt số liệu, hoặc ngày cố định trong tháng / due N working days after the cut-off, or a fixed day of the month */
                    due: {
                        workingDaysAfterCutoff: number;
                    } | {
                        dayOfMonth: number;
                    };
                    /** @description Văn bản quy định chế độ báo cáo / the document that sets the regime */
                    directive: {
                        number: string;
                        /** Format: date */
                        date: string;
                        signer: string;
                        /** @enum {string} */
                        source: "government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman";
                        title: string;
                    };
                    assigningLeaderId: string;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Đã có chế độ này, hoặc văn bản trùng số / the regime exists, or the document number is taken */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportingRegimesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin, leader */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchReportingRegimesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    /** @description Ví dụ "tình hình thực hiện nhiệm vụ UBND thành phố giao" / e.g. "how the tasks the city assigned are carried out" */
                    title?: string;
                    content?: string;
                    agencies?: string[];
                    /** @description Hạn nộp: N ngày làm việc sau ngày chốt số liệu, hoặc ngày cố định trong tháng / due N working days after the cut-off, or a fixed day of the month */
                    due?: {
                        workingDaysAfterCutoff: number;
                    } | {
                        dayOfMonth: number;
                    };
                    assigningLeaderId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportingRegimesByIdPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chế độ báo cáo đã kết thúc / the regime has ended */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportingRegimesByIdResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chế độ báo cáo đã kết thúc / the regime has ended */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportingRegimesByIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        title: string;
                        content: string;
                        agencies: string[];
                        frequency: string;
                        due: unknown;
                        directiveNumber: string;
                        assigningLeaderId: string;
                        /** @enum {string} */
                        status: "active" | "paused" | "ended";
                        createdBy: string;
                        createdAt: string;
                        updatedAt: string;
                        /** @description Các lần chạy tới theo lịch / the schedule's next runs */
                        nextRuns: string[];
                        periods: {
                            period: string;
                            tasks: number;
                            done: number;
                            overdue: number;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chế độ báo cáo đã kết thúc / the regime has ended */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postReportingRegimesByIdBackfill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    from: string;
                    /** Format: date */
                    to: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        periods: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: office, admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            kind: string;
                            parentId: string | null;
                            email: string;
                            head: {
                                name: string;
                                email: string;
                            };
                            focal: {
                                name: string;
                                email?: string;
                                phone?: string;
                            } | null;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgencies: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    /** @enum {string} */
                    kind: "office" | "department" | "district" | "commune" | "other";
                    /** @default null */
                    parentId?: string | null;
                    email: string;
                    head: {
                        name: string;
                        email: string;
                    };
                    /** @default null */
                    focal?: {
                        name: string;
                        email?: string;
                        phone?: string;
                    } | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        kind: string;
                        parentId: string | null;
                        email: string;
                        head: {
                            name: string;
                            email: string;
                        };
                        focal: {
                            name: string;
                            email?: string;
                            phone?: string;
                        } | null;
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trùng mã hoặc tên / id or name taken */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAgenciesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    kind?: "office" | "department" | "district" | "commune" | "other";
                    parentId?: string | null;
                    email?: string;
                    head?: {
                        name: string;
                        email: string;
                    };
                    focal?: {
                        name: string;
                        email?: string;
                        phone?: string;
                    } | null;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        kind: string;
                        parentId: string | null;
                        email: string;
                        head: {
                            name: string;
                            email: string;
                        };
                        focal: {
                            name: string;
                            email?: string;
                            phone?: string;
                        } | null;
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLeaders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            title: string;
                            email: string;
                            isChairman: boolean;
                            areas: string[];
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLeaders: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    title: string;
                    email: string;
                    /** @default false */
                    isChairman?: boolean;
                    /** @default [] */
                    areas?: string[];
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        title: string;
                        email: string;
                        isChairman: boolean;
                        areas: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchLeadersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    title?: string;
                    email?: string;
                    isChairman?: boolean;
                    areas?: string[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        title: string;
                        email: string;
                        isChairman: boolean;
                        areas: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                active?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                            agencyId: string | null;
                            leaderId: string | null;
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                    /** @default null */
                    agencyId?: string | null;
                    /** @default null */
                    leaderId?: string | null;
                    password: string;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                        agencyId: string | null;
                        leaderId: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    email?: string;
                    /** @enum {string} */
                    role?: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                    agencyId?: string | null;
                    leaderId?: string | null;
                    password?: string;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        email: string;
                        /** @enum {string} */
                        role: "admin" | "office" | "leader" | "agency_head" | "agency_officer";
                        agencyId: string | null;
                        leaderId: string | null;
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description published: theo thông báo chính thức; provisional: tạm tính theo Bộ luật Lao động; rule: sinh theo quy tắc / as announced; provisional; generated by rule
                         * @enum {string}
                         */
                        status: "published" | "provisional" | "rule";
                        provisional: boolean;
                        source: string;
                        daysOff: {
                            /** Format: date */
                            date: string;
                            weekday: string;
                            /** @enum {string} */
                            kind: "holiday" | "compensatory" | "swapped";
                            name: string;
                            source: string;
                        }[];
                        makeUpWorkingDays: {
                            /** Format: date */
                            date: string;
                            weekday: string;
                            name: string;
                            source: string;
                        }[];
                        corrections: {
                            id: string;
                            reason: string;
                            actorId: string;
                            batchJob: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            createdAt: string;
                            /** @description Năm của một thay đổi đơn lẻ; null khi thay cả lịch / the year of a single change; null for a whole calendar */
                            year: number | null;
                            change: {
                                /** @enum {string} */
                                change: "add_day_off" | "remove_day_off" | "add_make_up_day" | "remove_make_up_day";
                                /** Format: date */
                                date: string;
                                kind?: string;
                                name?: string;
                                source: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCalendarByYearChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    change: "add_day_off";
                    /** Format: date */
                    date: string;
                    /**
                     * @default holiday
                     * @enum {string}
                     */
                    kind?: "holiday" | "compensatory" | "swapped";
                    name: string;
                    reason: string;
                    /** @description Căn cứ pháp lý, ví dụ "Thông báo 6150/TB-BNV ngày 12/11/2026" / legal source */
                    source: string;
                    /** @enum {string} */
                    status?: "provisional" | "published";
                } | {
                    /** @constant */
                    change: "remove_day_off";
                    /** Format: date */
                    date: string;
                    reason: string;
                    /** @description Căn cứ pháp lý, ví dụ "Thông báo 6150/TB-BNV ngày 12/11/2026" / legal source */
                    source: string;
                    /** @enum {string} */
                    status?: "provisional" | "published";
                } | {
                    /** @constant */
                    change: "add_make_up_day";
                    /** Format: date */
                    date: string;
                    name: string;
                    reason: string;
                    /** @description Căn cứ pháp lý, ví dụ "Thông báo 6150/TB-BNV ngày 12/11/2026" / legal source */
                    source: string;
                    /** @enum {string} */
                    status?: "provisional" | "published";
                } | {
                    /** @constant */
                    change: "remove_make_up_day";
                    /** Format: date */
                    date: string;
                    reason: string;
                    /** @description Căn cứ pháp lý, ví dụ "Thông báo 6150/TB-BNV ngày 12/11/2026" / legal source */
                    source: string;
                    /** @enum {string} */
                    status?: "provisional" | "published";
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        batchJob: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal không nhận thao tác hàng loạt; không lưu gì / Temporal refused the batch; nothing stored */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarCorrections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            reason: string;
                            actorId: string;
                            batchJob: string | null;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            createdAt: string;
                            /** @description Năm của một thay đổi đơn lẻ; null khi thay cả lịch / the year of a single change; null for a whole calendar */
                            year: number | null;
                            change: {
                                /** @enum {string} */
                                change: "add_day_off" | "remove_day_off" | "add_make_up_day" | "remove_make_up_day";
                                /** Format: date */
                                date: string;
                                kind?: string;
                                name?: string;
                                source: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCalendarCorrections: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    calendar: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        batchJob: string;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Temporal không nhận thao tác hàng loạt; không lưu gì / Temporal refused the batch; nothing stored */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPolicyProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            description: string;
                            policy: {
                                reminderOffsets: number[];
                                noticeHour: number;
                                acknowledgementWorkingDays: number;
                                reviewWorkingDays: number;
                                decisionWorkingDays: number;
                                escalation: {
                                    afterWorkingDays: number;
                                    /** @enum {string} */
                                    to: "agency_head" | "office" | "assigning_leader" | "chairman";
                                }[];
                                overdueNoticeEveryDays: number;
                                dueSoonWorkingDays: number;
                                /** @enum {string} */
                                progressReportEvery: "month" | "quarter";
                                continueAsNewAfterEvents: number;
                                /** @enum {string} */
                                dayOffDeadline?: "next" | "previous";
                            };
                            sources: string[];
                            priorities: string[];
                            active: boolean;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPolicyProfiles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gửi lại cùng khóa không tạo trùng; khóa của yêu cầu bị ngắt giữa chừng được nhận lại sau vài phút / a retry with the same key creates nothing twice; the key of a request cut off midway is taken over after a few minutes */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    /** @default  */
                    description?: string;
                    policy: {
                        reminderOffsets: number[];
                        noticeHour: number;
                        acknowledgementWorkingDays: number;
                        reviewWorkingDays: number;
                        decisionWorkingDays: number;
                        escalation: {
                            afterWorkingDays: number;
                            /** @enum {string} */
                            to: "agency_head" | "office" | "assigning_leader" | "chairman";
                        }[];
                        overdueNoticeEveryDays: number;
                        dueSoonWorkingDays: number;
                        /** @enum {string} */
                        progressReportEvery: "month" | "quarter";
                        continueAsNewAfterEvents: number;
                        /**
                         * @default next
                         * @enum {string}
                         */
                        dayOffDeadline?: "next" | "previous";
                    };
                    /**
                     * @description Mặc định cho các nguồn giao này (rỗng: mọi nguồn) / default for these sources (empty: any)
                     * @default []
                     */
                    sources?: ("government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman")[];
                    /**
                     * @description …và các mức độ này (rỗng: mọi mức) / …and these priorities (empty: any)
                     * @default []
                     */
                    priorities?: ("normal" | "high" | "urgent")[];
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        policy: {
                            reminderOffsets: number[];
                            noticeHour: number;
                            acknowledgementWorkingDays: number;
                            reviewWorkingDays: number;
                            decisionWorkingDays: number;
                            escalation: {
                                afterWorkingDays: number;
                                /** @enum {string} */
                                to: "agency_head" | "office" | "assigning_leader" | "chairman";
                            }[];
                            overdueNoticeEveryDays: number;
                            dueSoonWorkingDays: number;
                            /** @enum {string} */
                            progressReportEvery: "month" | "quarter";
                            continueAsNewAfterEvents: number;
                            /** @enum {string} */
                            dayOffDeadline?: "next" | "previous";
                        };
                        sources: string[];
                        priorities: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Yêu cầu cùng Idempotency-Key đang được xử lý / a request with this Idempotency-Key is in progress */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Idempotency-Key đã dùng cho yêu cầu khác / the Idempotency-Key was used for another request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPolicyProfilesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    policy?: {
                        reminderOffsets: number[];
                        noticeHour: number;
                        acknowledgementWorkingDays: number;
                        reviewWorkingDays: number;
                        decisionWorkingDays: number;
                        escalation: {
                            afterWorkingDays: number;
                            /** @enum {string} */
                            to: "agency_head" | "office" | "assigning_leader" | "chairman";
                        }[];
                        overdueNoticeEveryDays: number;
                        dueSoonWorkingDays: number;
                        /** @enum {string} */
                        progressReportEvery: "month" | "quarter";
                        continueAsNewAfterEvents: number;
                        /**
                         * @default next
                         * @enum {string}
                         */
                        dayOffDeadline?: "next" | "previous";
                    };
                    sources?: ("government" | "party_committee" | "peoples_council" | "peoples_committee" | "chairman")[];
                    priorities?: ("normal" | "high" | "urgent")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        policy: {
                            reminderOffsets: number[];
                            noticeHour: number;
                            acknowledgementWorkingDays: number;
                            reviewWorkingDays: number;
                            decisionWorkingDays: number;
                            escalation: {
                                afterWorkingDays: number;
                                /** @enum {string} */
                                to: "agency_head" | "office" | "assigning_leader" | "chairman";
                            }[];
                            overdueNoticeEveryDays: number;
                            dueSoonWorkingDays: number;
                            /** @enum {string} */
                            progressReportEvery: "month" | "quarter";
                            continueAsNewAfterEvents: number;
                            /** @enum {string} */
                            dayOffDeadline?: "next" | "previous";
                        };
                        sources: string[];
                        priorities: string[];
                        active: boolean;
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không tìm thấy / not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Không thể ngừng chế độ mặc định / the default profile cannot be deactivated */
            409: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettingsReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        parentBody: string;
                        issuingBody: string;
                        place: string;
                        signer: {
                            authority: string;
                            title: string;
                            name: string;
                        };
                        recipients: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSettingsReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Cơ quan chủ quản, ví dụ "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" / the parent body */
                    parentBody: string;
                    /** @description Cơ quan ban hành, ví dụ "VĂN PHÒNG" / the issuing body */
                    issuingBody: string;
                    /** @description Địa danh, ví dụ "Thành phố Hồ Chí Minh" / the place name */
                    place: string;
                    signer: {
                        /**
                         * @description Thẩm quyền ký, ví dụ "KT. CHÁNH VĂN PHÒNG" / signing authority
                         * @default
                         */
                        authority?: string;
                        /** @description Chức vụ, ví dụ "PHÓ CHÁNH VĂN PHÒNG" / title */
                        title: string;
                        /** @default  */
                        name?: string;
                    };
                    /**
                     * @description Nơi nhận / recipients
                     * @default []
                     */
                    recipients?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        parentBody: string;
                        issuingBody: string;
                        place: string;
                        signer: {
                            authority: string;
                            title: string;
                            name: string;
                        };
                        recipients: string[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Nội dung quá lớn / the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ nhận application/json / only application/json is accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                limit?: number;
                before?: number;
                targetType?: string;
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            at: string;
                            actorId: string;
                            actorRole: string;
                            action: string;
                            targetType: string;
                            targetId: string;
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOutbox: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            kind: string;
                            /** @description null: thư tổng hợp / a digest */
                            taskId: string | null;
                            to: {
                                name: string;
                                email: string;
                            }[];
                            cc: {
                                name: string;
                                email: string;
                            }[];
                            subject: string;
                            text: string;
                            html: string;
                            /**
                             * @description queued: chờ thư tổng hợp của người nhận / held for the recipients' daily digest
                             * @enum {string}
                             */
                            status: "sent" | "stored" | "queued";
                            /**
                             * Format: date-time
                             * @description ISO 8601, UTC
                             */
                            recordedAt: string;
                            /** @description Khi thông báo đến hạn gửi: giờ đã định của nhắc việc, hoặc lúc có thao tác / when the notice was due: a timed notice's scheduled instant, or the action's instant */
                            dueAt?: string | null;
                        }[];
                    };
                };
            };
            /** @description Dữ liệu không hợp lệ (kể cả tham số lạ, ký tự không lưu được), nêu từng trường / invalid input (unknown parameters and unstorable characters included), naming each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chưa đăng nhập hoặc phiên hết hạn / not signed in, or the session expired */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Chỉ dành cho / only for: admin, office */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Sổ đăng ký hoặc Temporal tạm thời không truy cập được; thử lại sau (Retry-After) / the register or Temporal is temporarily unavailable; retry later (Retry-After) */
            503: {
                headers: {
                    /** @description Số giây nên chờ / seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
