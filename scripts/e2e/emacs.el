;;; emacs.el --- the History Notes stdio server in Emacs's eglot, in batch  -*- lexical-binding: t -*-
;; emacs --batch -q -l scripts/e2e/emacs.el
;; with E2E_SERVER (server.js), E2E_ROOT (the notes folder), E2E_NOTE (the note to open) and E2E_OUT (a JSON
;; file for the results).
;; Configured as the README says (markdown-mode + eglot-server-programs); records what the server answered.
(require 'json)
(require 'eglot)
(require 'markdown-mode)

(defvar e2e-server (getenv "E2E_SERVER"))
(defvar e2e-results nil)

;; The README's snippet, with this run's server path.
(add-to-list 'eglot-server-programs
             `(markdown-mode . ("node" ,e2e-server "--stdio")))

;; The fixture folder is its own project (it sits inside this repository's git work tree otherwise).
(add-hook 'project-find-functions (lambda (_dir) (cons 'transient (getenv "E2E_ROOT"))))

(defun e2e-record (key value) (push (cons key value) e2e-results))

(defun e2e-at (word)
  "Put point inside the first whole WORD of the buffer."
  (goto-char (point-min))
  (re-search-forward (concat "\\_<" word "\\_>"))
  (goto-char (1+ (match-beginning 0))))

(defun e2e-request (method params accept)
  "Ask METHOD until ACCEPT holds for the answer (the server may still be indexing), for 15 s at most."
  (let ((deadline (+ (float-time) 15)) (answer nil) (done nil))
    (while (and (not done) (< (float-time) deadline))
      (setq answer (condition-case err
                       (jsonrpc-request (eglot--current-server-or-lose) method params)
                     (error (list :error (format "%S" err)))))
      (if (and answer (not (plist-get answer :error)) (funcall accept answer))
          (setq done t)
        (sleep-for 0.2)))
    answer))

(condition-case err
    (progn
      (find-file (getenv "E2E_NOTE"))
      (e2e-record 'mode (symbol-name major-mode))
      (apply #'eglot (eglot--guess-contact))
      (let ((server (eglot--current-server-or-lose)))
        (e2e-record 'server (eglot--project-nickname server))
        ;; hover on Trotsky
        (e2e-at "Trotsky")
        (let ((hover (e2e-request :textDocument/hover (eglot--TextDocumentPositionParams)
                                  (lambda (r) (plist-get r :contents)))))
          (e2e-record 'hover (plist-get (plist-get hover :contents) :value)))
        ;; definition of Trotsky
        (let ((defs (e2e-request :textDocument/definition (eglot--TextDocumentPositionParams)
                                 (lambda (r) (> (length r) 0)))))
          (e2e-record 'definition (if (vectorp defs) defs (vector defs))))
        ;; references of Zionev
        (e2e-at "Zionev")
        (let ((refs (e2e-request :textDocument/references
                                 (append (eglot--TextDocumentPositionParams)
                                         '(:context (:includeDeclaration :json-false)))
                                 (lambda (r) (> (length r) 1)))))
          (e2e-record 'references refs))
        ;; completion after typing "Zin" on a new last line
        (goto-char (point-max))
        (insert "\nZin")
        (eglot--signal-textDocument/didChange)
        (let* ((answer (e2e-request :textDocument/completion (eglot--CompletionParams)
                                    (lambda (r) (> (length (if (vectorp r) r (plist-get r :items))) 0))))
               (items (if (vectorp answer) answer (plist-get answer :items))))
          (e2e-record 'completion (mapcar (lambda (i) (plist-get i :label)) items)))
        (eglot-shutdown server)
        (e2e-record 'stopped (if (jsonrpc-running-p server) :json-false t))))
  (error (e2e-record 'error (format "%S" err))))

(with-temp-file (getenv "E2E_OUT")
  (insert (json-encode e2e-results)))
(kill-emacs 0)
