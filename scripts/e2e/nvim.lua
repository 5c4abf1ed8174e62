-- The History Notes stdio server in Neovim's built-in LSP client (Neovim 0.7+, headless):
--   nvim --headless --clean -S scripts/e2e/nvim.lua
-- with E2E_SERVER (server.js), E2E_ROOT (the notes folder), E2E_NOTE (the note to open) and E2E_OUT (a JSON
-- file for the results).
-- It records what the server answered to hover, completion, definition and references; the runner judges.
local out_path = assert(os.getenv('E2E_OUT'), 'E2E_OUT')
local server = assert(os.getenv('E2E_SERVER'), 'E2E_SERVER')
local root = assert(os.getenv('E2E_ROOT'), 'E2E_ROOT')
local note = assert(os.getenv('E2E_NOTE'), 'E2E_NOTE')
local results = {}

local function write_results()
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
end

-- Asks until `accept` holds (the server may still be indexing), at most `timeout_ms`.
local function request_until(buf, method, make_params, accept, timeout_ms)
  local deadline = vim.loop.now() + (timeout_ms or 15000)
  local last
  repeat
    local responses = vim.lsp.buf_request_sync(buf, method, make_params(), 5000)
    last = nil
    for _, r in pairs(responses or {}) do
      if r.error then last = { error = r.error } else last = r.result end
    end
    if last ~= nil and not last.error and accept(last) then return last end
    vim.wait(200)
  until vim.loop.now() > deadline
  return last
end

local function at(pattern)
  -- Put the cursor on the first match of a whole word, then take LSP position params from it.
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  assert(vim.fn.search('\\<' .. pattern .. '\\>', 'cW') > 0, pattern .. ' not found')
  vim.cmd('normal! l')
  return vim.lsp.util.make_position_params()
end

-- Configured as the README says: a FileType autocommand starts the server for Markdown buffers.
-- `vim.lsp.start` is Neovim 0.8+ (the README's snippet); Debian's 0.7 gets the equivalent start_client + attach.
local client_id
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'markdown',
  callback = function(args)
    local config = { name = 'history-notes', cmd = { 'node', server, '--stdio' }, root_dir = root }
    if vim.lsp.start then
      client_id = vim.lsp.start(config)
    else
      client_id = client_id or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, client_id)
    end
  end,
})

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.bo[buf].filetype == 'markdown', 'not detected as markdown: ' .. vim.bo[buf].filetype)
  local id = client_id
  assert(id, 'the server did not start')
  results.client_id = id
  results.neovim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
  local client = vim.lsp.get_client_by_id(id)
  assert(vim.wait(15000, function() return client.initialized end, 20), 'initialize did not finish')
  assert(vim.wait(5000, function() return vim.lsp.buf_is_attached(buf, id) end, 20), 'the buffer is not attached')

  -- hover on Trotsky
  local hover_params = at('Trotsky')
  local hover = request_until(buf, 'textDocument/hover', function() return hover_params end, function(r)
    return r.contents ~= nil
  end)
  results.hover = hover and hover.contents

  -- definition of Trotsky
  local definition = request_until(buf, 'textDocument/definition', function() return hover_params end, function(r)
    return not vim.tbl_isempty(r)
  end)
  results.definition = definition and (definition.uri and { definition } or definition)

  -- references of the misspelt Zionev (Zinoviev)
  local ref_params = at('Zionev')
  ref_params.context = { includeDeclaration = false }
  local references = request_until(buf, 'textDocument/references', function() return ref_params end, function(r)
    return #r > 1
  end)
  results.references = references

  -- completion after typing "Zin" on a new last line
  local last = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, last, last, false, { '', 'Zin' })
  vim.api.nvim_win_set_cursor(0, { last + 2, 3 })
  local completion_params = vim.lsp.util.make_position_params()
  local completion = request_until(buf, 'textDocument/completion', function() return completion_params end, function(r)
    return #(r.items or r) > 0
  end)
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do table.insert(labels, item.label) end
  results.completion = labels

  -- diagnostics the server published for this note
  vim.wait(5000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  local diags = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(diags, { message = d.message, source = d.source, lnum = d.lnum, col = d.col }) end
  results.diagnostics = diags

  vim.lsp.stop_client(id)
  results.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 20)
end)
if not ok then results.error = tostring(err) end
write_results()
vim.cmd('qa!')
