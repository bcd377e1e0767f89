/* kw-json.c: a small, strict JSON reader and writer (RFC 8259)
 *
 * Copyright 2026 The Kneewise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser reads files the user picked, which may be anything: every read
 * is checked against the end of the buffer (which need not end in NUL), the
 * nesting is limited so recursion stays shallow, and the whole text is
 * checked to be UTF-8 before anything else, so strings can be copied
 * byte by byte afterwards.
 */

#define G_LOG_DOMAIN "kw-json"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "kw-json.h"

G_DEFINE_QUARK (kw-json-error-quark, kw_json_error)

struct _KwJsonNode
{
  KwJsonType type;
  union
  {
    gboolean  boolean;
    gint64    integer;
    double    number;
    char     *string;
    struct
    {
      GPtrArray *items;   /* KwJsonNode */
      GPtrArray *names;   /* char *, objects only */
    } container;
  } v;
};

static KwJsonNode *
node_new (KwJsonType type)
{
  KwJsonNode *node = g_new0 (KwJsonNode, 1);

  node->type = type;
  if (type == KW_JSON_ARRAY || type == KW_JSON_OBJECT)
    node->v.container.items = g_ptr_array_new_with_free_func ((GDestroyNotify) kw_json_node_free);
  if (type == KW_JSON_OBJECT)
    node->v.container.names = g_ptr_array_new_with_free_func (g_free);
  return node;
}

/**
 * kw_json_node_free:
 * @node: (nullable): a node from kw_json_parse()
 *
 * Frees @node and everything in it.
 */
void
kw_json_node_free (KwJsonNode *node)
{
  if (node == NULL)
    return;

  switch (node->type)
    {
    case KW_JSON_STRING:
      g_free (node->v.string);
      break;
    case KW_JSON_ARRAY:
    case KW_JSON_OBJECT:
      g_clear_pointer (&node->v.container.items, g_ptr_array_unref);
      g_clear_pointer (&node->v.container.names, g_ptr_array_unref);
      break;
    case KW_JSON_NULL:
    case KW_JSON_BOOLEAN:
    case KW_JSON_INTEGER:
    case KW_JSON_DOUBLE:
    default:
      break;
    }
  g_free (node);
}

/* ---- Parser ----------------------------------------------------------- */

typedef struct
{
  const char *start;
  const char *p;
  const char *end;
  guint       depth;
} Parser;

/* Line and column (in characters, from 1) of @at, for the message. The
 * text before @at has been checked to be UTF-8. */
static void
locate (const Parser *parser,
        const char   *at,
        guint        *line,
        guint        *column)
{
  const char *line_start = parser->start;

  *line = 1;
  for (const char *c = parser->start; c < at; c++)
    {
      if (*c == '\n')
        {
          (*line)++;
          line_start = c + 1;
        }
    }
  *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
}

G_GNUC_PRINTF (4, 5)
static gboolean
fail (Parser      *parser,
      GError     **error,
      KwJsonError  code,
      const char  *format,
      ...)
{
  g_autofree char *what = NULL;
  va_list args;
  guint line, column;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  locate (parser, MIN (parser->p, parser->end), &line, &column);
  /* Translators: a place in a file, then what is wrong there */
  g_set_error (error, KW_JSON_ERROR, code, _("line %u, column %u: %s"), line, column, what);
  return FALSE;
}

static void
skip_space (Parser *parser)
{
  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\t' || *parser->p == '\n' || *parser->p == '\r'))
    parser->p++;
}

static gboolean
match_literal (Parser     *parser,
               const char *literal)
{
  gsize len = strlen (literal);

  if ((gsize) (parser->end - parser->p) < len || memcmp (parser->p, literal, len) != 0)
    return FALSE;
  parser->p += len;
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u". */
static gboolean
read_hex4 (Parser   *parser,
           guint32  *value)
{
  *value = 0;
  if (parser->end - parser->p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (parser->p[i]);

      if (digit < 0)
        return FALSE;
      *value = (*value << 4) | (guint32) digit;
    }
  parser->p += 4;
  return TRUE;
}

static gboolean
parse_escape (Parser   *parser,
              GString  *out,
              GError  **error)
{
  guint32 cp;

  /* parser->p is just after the backslash. */
  if (parser->p >= parser->end)
    return fail (parser, error, KW_JSON_ERROR_SYNTAX, _("the text ends inside a string"));

  switch (*parser->p++)
    {
    case '"': g_string_append_c (out, '"'); return TRUE;
    case '\\': g_string_append_c (out, '\\'); return TRUE;
    case '/': g_string_append_c (out, '/'); return TRUE;
    case 'b': g_string_append_c (out, '\b'); return TRUE;
    case 'f': g_string_append_c (out, '\f'); return TRUE;
    case 'n': g_string_append_c (out, '\n'); return TRUE;
    case 'r': g_string_append_c (out, '\r'); return TRUE;
    case 't': g_string_append_c (out, '\t'); return TRUE;
    case 'u':
      break;
    default:
      parser->p--;
      return fail (parser, error, KW_JSON_ERROR_SYNTAX,
                   _("a backslash in a string must start an escape such as \\n or \\u00e9"));
    }

  if (!read_hex4 (parser, &cp))
    return fail (parser, error, KW_JSON_ERROR_SYNTAX, _("\\u must be followed by four hex digits"));

  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return fail (parser, error, KW_JSON_ERROR_ENCODING,
                 _("a \\u escape holds half of a character (a lone low surrogate)"));
  if (cp >= 0xD800 && cp <= 0xDBFF)
    {
      guint32 low;

      if (!match_literal (parser, "\\u") || !read_hex4 (parser, &low) ||
          low < 0xDC00 || low > 0xDFFF)
        return fail (parser, error, KW_JSON_ERROR_ENCODING,
                     _("a \\u escape holds half of a character (a lone high surrogate)"));
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
  /* Strings are kept as C strings: a NUL would cut them short silently. */
  if (cp == 0)
    return fail (parser, error, KW_JSON_ERROR_ENCODING,
                 _("strings cannot hold the NUL character (\\u0000)"));

  g_string_append_unichar (out, cp);
  return TRUE;
}

static char *
parse_string (Parser  *parser,
              GError **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *opening = parser->p;

  g_assert (parser->p < parser->end && *parser->p == '"');
  parser->p++;

  for (;;)
    {
      const char *run = parser->p;

      /* Copy a run of plain bytes at once; the text is valid UTF-8. */
      while (parser->p < parser->end && *parser->p != '"' && *parser->p != '\\' &&
             (guchar) *parser->p >= 0x20)
        parser->p++;
      g_string_append_len (out, run, parser->p - run);

      if (parser->p >= parser->end)
        {
          parser->p = opening;
          fail (parser, error, KW_JSON_ERROR_SYNTAX, _("this string is never closed"));
          return NULL;
        }
      if (*parser->p == '"')
        {
          parser->p++;
          return g_string_free (g_steal_pointer (&out), FALSE);
        }
      if (*parser->p == '\\')
        {
          parser->p++;
          if (!parse_escape (parser, out, error))
            return NULL;
          continue;
        }

      fail (parser, error, KW_JSON_ERROR_SYNTAX,
            _("a control character (such as a line break) in a string must be escaped"));
      return NULL;
    }
}

static gboolean
is_digit (Parser *parser)
{
  return parser->p < parser->end && *parser->p >= '0' && *parser->p <= '9';
}

static KwJsonNode *
parse_number (Parser  *parser,
              GError **error)
{
  const char *begin = parser->p;
  gboolean integral = TRUE;
  g_autofree char *text = NULL;
  KwJsonNode *node;

  if (parser->p < parser->end && *parser->p == '-')
    parser->p++;
  if (!is_digit (parser))
    {
      fail (parser, error, KW_JSON_ERROR_SYNTAX, _("a number needs a digit here"));
      return NULL;
    }
  /* No leading zeros: "0" stands alone, "01" is not a number. */
  if (*parser->p == '0')
    parser->p++;
  else
    while (is_digit (parser))
      parser->p++;

  if (parser->p < parser->end && *parser->p == '.')
    {
      integral = FALSE;
      parser->p++;
      if (!is_digit (parser))
        {
          fail (parser, error, KW_JSON_ERROR_SYNTAX, _("a number needs a digit after the point"));
          return NULL;
        }
      while (is_digit (parser))
        parser->p++;
    }

  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      integral = FALSE;
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (!is_digit (parser))
        {
          fail (parser, error, KW_JSON_ERROR_SYNTAX, _("a number needs a digit in its exponent"));
          return NULL;
        }
      while (is_digit (parser))
        parser->p++;
    }

  text = g_strndup (begin, parser->p - begin);

  if (integral)
    {
      gint64 value;

      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, NULL))
        {
          parser->p = begin;
          fail (parser, error, KW_JSON_ERROR_RANGE,
                _("the number %.40s is too large"), text);
          return NULL;
        }
      node = node_new (KW_JSON_INTEGER);
      node->v.integer = value;
    }
  else
    {
      double value = g_ascii_strtod (text, NULL);

      if (!isfinite (value))
        {
          parser->p = begin;
          fail (parser, error, KW_JSON_ERROR_RANGE,
                _("the number %.40s is too large"), text);
          return NULL;
        }
      node = node_new (KW_JSON_DOUBLE);
      node->v.number = value;
    }

  return node;
}

static KwJsonNode *parse_value (Parser  *parser,
                                GError **error);

static KwJsonNode *
parse_array (Parser  *parser,
             GError **error)
{
  g_autoptr(KwJsonNode) node = node_new (KW_JSON_ARRAY);

  parser->p++;   /* '[' */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      KwJsonNode *item;

      if (!(item = parse_value (parser, error)))
        return NULL;
      g_ptr_array_add (node->v.container.items, item);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == ']')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      fail (parser, error, KW_JSON_ERROR_SYNTAX, _("expected “,” or “]” in a list"));
      return NULL;
    }
}

static KwJsonNode *
parse_object (Parser  *parser,
              GError **error)
{
  g_autoptr(KwJsonNode) node = node_new (KW_JSON_OBJECT);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  parser->p++;   /* '{' */
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      return g_steal_pointer (&node);
    }

  for (;;)
    {
      const char *name_at;
      char *name;
      KwJsonNode *value;

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"')
        {
          fail (parser, error, KW_JSON_ERROR_SYNTAX,
                _("expected a member name in double quotes"));
          return NULL;
        }
      name_at = parser->p;
      if (!(name = parse_string (parser, error)))
        return NULL;
      g_ptr_array_add (node->v.container.names, name);
      if (!g_hash_table_add (seen, name))
        {
          /* Cut by characters, never inside one: the message is shown. */
          g_autofree char *shown = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 60));

          parser->p = name_at;
          fail (parser, error, KW_JSON_ERROR_DUPLICATE,
                _("the member “%s” appears twice in one object"), shown);
          return NULL;
        }

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        {
          fail (parser, error, KW_JSON_ERROR_SYNTAX, _("expected “:” after a member name"));
          return NULL;
        }
      parser->p++;

      if (!(value = parse_value (parser, error)))
        return NULL;
      g_ptr_array_add (node->v.container.items, value);

      skip_space (parser);
      if (parser->p < parser->end && *parser->p == ',')
        {
          parser->p++;
          continue;
        }
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          return g_steal_pointer (&node);
        }
      fail (parser, error, KW_JSON_ERROR_SYNTAX, _("expected “,” or “}” in an object"));
      return NULL;
    }
}

static KwJsonNode *
parse_value (Parser  *parser,
             GError **error)
{
  KwJsonNode *node = NULL;
  const char *parser_start;

  skip_space (parser);
  if (parser->p >= parser->end)
    {
      fail (parser, error, KW_JSON_ERROR_SYNTAX, _("the text ends where a value should be"));
      return NULL;
    }
  parser_start = parser->p;

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (parser->depth >= KW_JSON_MAX_DEPTH)
        {
          fail (parser, error, KW_JSON_ERROR_TOO_DEEP,
                _("lists and objects nest more than %d levels deep"), KW_JSON_MAX_DEPTH);
          return NULL;
        }
      parser->depth++;
      node = *parser->p == '{' ? parse_object (parser, error) : parse_array (parser, error);
      parser->depth--;
      return node;

    case '"':
      {
        char *text = parse_string (parser, error);

        if (text == NULL)
          return NULL;
        node = node_new (KW_JSON_STRING);
        node->v.string = text;
        return node;
      }

    case 't':
    case 'f':
      if (match_literal (parser, "true") || match_literal (parser, "false"))
        {
          node = node_new (KW_JSON_BOOLEAN);
          /* "true" is the literal that starts with a t. */
          node->v.boolean = *parser_start == 't';
          return node;
        }
      break;

    case 'n':
      if (match_literal (parser, "null"))
        return node_new (KW_JSON_NULL);
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return parse_number (parser, error);

    default:
      break;
    }

  fail (parser, error, KW_JSON_ERROR_SYNTAX,
        _("expected a value: a string, number, list, object, true, false or null"));
  return NULL;
}

/**
 * kw_json_parse:
 * @text: (array length=length): the text; need not end in NUL
 * @length: its length in bytes
 * @error: return location for a #KwJsonError, whose message names the line
 *   and column
 *
 * Parses one JSON value, strictly: no comments, no trailing commas, no
 * single quotes, nothing after the value. A UTF-8 byte-order mark at the
 * start is skipped (RFC 8259 allows a parser to).
 *
 * Returns: (transfer full) (nullable): the value, or %NULL with @error set
 */
KwJsonNode *
kw_json_parse (const char  *text,
               gsize        length,
               GError     **error)
{
  Parser parser;
  const char *bad = NULL;
  KwJsonNode *root;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* An empty GBytes has no data pointer; NULL + 0 is undefined in C. */
  if (text == NULL)
    text = "";
  parser = (Parser) { text, text, text + length, 0 };

  /* Also refuses NUL bytes, which JSON text cannot hold. */
  if (!g_utf8_validate_len (text, length, &bad))
    {
      parser.p = bad;
      fail (&parser, error, KW_JSON_ERROR_ENCODING, _("the text is not valid UTF-8"));
      return NULL;
    }

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    parser.p += 3;

  skip_space (&parser);
  if (parser.p >= parser.end)
    {
      fail (&parser, error, KW_JSON_ERROR_SYNTAX, _("the text is empty"));
      return NULL;
    }

  if (!(root = parse_value (&parser, error)))
    return NULL;

  skip_space (&parser);
  if (parser.p < parser.end)
    {
      kw_json_node_free (root);
      fail (&parser, error, KW_JSON_ERROR_SYNTAX, _("there is more text after the end"));
      return NULL;
    }

  return root;
}

/* ---- Reading nodes ---------------------------------------------------- */

KwJsonType
kw_json_node_get_node_type (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL, KW_JSON_NULL);
  return node->type;
}

/**
 * kw_json_type_get_name:
 *
 * Returns: the type as the messages name it ("a string")
 */
const char *
kw_json_type_get_name (KwJsonType type)
{
  switch (type)
    {
    case KW_JSON_NULL: return _("null");
    case KW_JSON_BOOLEAN: return _("true or false");
    case KW_JSON_INTEGER: return _("a whole number");
    case KW_JSON_DOUBLE: return _("a number with a fraction");
    case KW_JSON_STRING: return _("a string");
    case KW_JSON_ARRAY: return _("a list");
    case KW_JSON_OBJECT: return _("an object");
    default: return "?";
    }
}

gboolean
kw_json_node_get_boolean (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL && node->type == KW_JSON_BOOLEAN, FALSE);
  return node->v.boolean;
}

gint64
kw_json_node_get_integer (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL && node->type == KW_JSON_INTEGER, 0);
  return node->v.integer;
}

double
kw_json_node_get_double (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL, 0.0);
  g_return_val_if_fail (node->type == KW_JSON_DOUBLE || node->type == KW_JSON_INTEGER, 0.0);
  return node->type == KW_JSON_DOUBLE ? node->v.number : (double) node->v.integer;
}

const char *
kw_json_node_get_string (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL && node->type == KW_JSON_STRING, NULL);
  return node->v.string;
}

/**
 * kw_json_node_get_length:
 *
 * Returns: the number of elements of an array or members of an object
 */
guint
kw_json_node_get_length (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL, 0);
  g_return_val_if_fail (node->type == KW_JSON_ARRAY || node->type == KW_JSON_OBJECT, 0);
  return node->v.container.items->len;
}

/**
 * kw_json_node_get_element:
 *
 * Returns: (transfer none): element @index of an array, or the value of
 *   member @index of an object
 */
KwJsonNode *
kw_json_node_get_element (const KwJsonNode *node,
                          guint             index)
{
  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (node->type == KW_JSON_ARRAY || node->type == KW_JSON_OBJECT, NULL);
  g_return_val_if_fail (index < node->v.container.items->len, NULL);
  return g_ptr_array_index (node->v.container.items, index);
}

const char *
kw_json_node_get_member_name (const KwJsonNode *node,
                              guint             index)
{
  g_return_val_if_fail (node != NULL && node->type == KW_JSON_OBJECT, NULL);
  g_return_val_if_fail (index < node->v.container.names->len, NULL);
  return g_ptr_array_index (node->v.container.names, index);
}

/**
 * kw_json_node_get_member:
 *
 * Returns: (transfer none) (nullable): the member @name of an object, or
 *   %NULL if it has none
 */
KwJsonNode *
kw_json_node_get_member (const KwJsonNode *node,
                         const char       *name)
{
  g_return_val_if_fail (node != NULL && node->type == KW_JSON_OBJECT, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Objects in the data file have at most a few dozen members. */
  for (guint i = 0; i < node->v.container.names->len; i++)
    if (g_str_equal (g_ptr_array_index (node->v.container.names, i), name))
      return g_ptr_array_index (node->v.container.items, i);
  return NULL;
}

/**
 * kw_json_node_to_string:
 *
 * Returns: (transfer full): a short form for messages: a scalar as JSON
 *   text (long strings cut), a list or object as "[…]" or "{…}"
 */
char *
kw_json_node_to_string (const KwJsonNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);

  switch (node->type)
    {
    case KW_JSON_NULL:
      return g_strdup ("null");
    case KW_JSON_BOOLEAN:
      return g_strdup (node->v.boolean ? "true" : "false");
    case KW_JSON_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, node->v.integer);
    case KW_JSON_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", node->v.number));
      }
    case KW_JSON_STRING:
      {
        glong n = g_utf8_strlen (node->v.string, -1);

        if (n > 40)
          {
            g_autofree char *cut = g_utf8_substring (node->v.string, 0, 40);
            return g_strdup_printf ("\"%s…\"", cut);
          }
        return g_strdup_printf ("\"%s\"", node->v.string);
      }
    case KW_JSON_ARRAY:
      return g_strdup ("[…]");
    case KW_JSON_OBJECT:
    default:
      return g_strdup ("{…}");
    }
}

/* ---- Writer ----------------------------------------------------------- */

typedef struct
{
  gboolean object;
  gboolean compact;
  guint    n;
} Frame;

struct _KwJsonWriter
{
  GString  *out;
  GArray   *stack;   /* Frame */
  gboolean  after_member;
};

KwJsonWriter *
kw_json_writer_new (void)
{
  KwJsonWriter *self = g_new0 (KwJsonWriter, 1);

  self->out = g_string_new (NULL);
  self->stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  return self;
}

void
kw_json_writer_free (KwJsonWriter *self)
{
  if (self == NULL)
    return;
  if (self->out != NULL)
    g_string_free (self->out, TRUE);
  g_array_unref (self->stack);
  g_free (self);
}

static Frame *
top (KwJsonWriter *self)
{
  return self->stack->len > 0 ? &g_array_index (self->stack, Frame, self->stack->len - 1) : NULL;
}

static void
newline_or_space (KwJsonWriter *self,
                  Frame        *frame)
{
  if (frame->n > 0)
    g_string_append_c (self->out, ',');
  if (frame->compact)
    {
      if (frame->n > 0)
        g_string_append_c (self->out, ' ');
    }
  else
    {
      g_string_append_c (self->out, '\n');
      for (guint i = 0; i < self->stack->len; i++)
        g_string_append (self->out, "  ");
    }
  frame->n++;
}

/* Before any value: a comma and line break in an array; nothing after a
 * member name. */
static void
before_value (KwJsonWriter *self)
{
  Frame *frame = top (self);

  if (frame == NULL)
    {
      g_return_if_fail (self->out->len == 0);
      return;
    }
  if (frame->object)
    {
      g_return_if_fail (self->after_member);
      self->after_member = FALSE;
      return;
    }
  newline_or_space (self, frame);
}

static void
append_string (GString    *out,
               const char *value)
{
  g_autofree char *valid = NULL;

  /* Text from the database should be UTF-8; never write invalid JSON if
   * it is not. */
  if (!g_utf8_validate (value, -1, NULL))
    value = valid = g_utf8_make_valid (value, -1);

  g_string_append_c (out, '"');
  for (const char *c = value; *c != '\0'; c++)
    {
      guchar u = (guchar) *c;

      switch (u)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (u < 0x20)
            g_string_append_printf (out, "\\u%04x", u);
          else
            g_string_append_c (out, (char) u);
        }
    }
  g_string_append_c (out, '"');
}

static void
begin (KwJsonWriter *self,
       gboolean      object,
       gboolean      compact)
{
  Frame frame = { object, compact, 0 };
  Frame *parent;

  before_value (self);
  /* Inside a compact container everything stays on its line. */
  parent = top (self);
  if (parent != NULL && parent->compact)
    frame.compact = TRUE;
  g_string_append_c (self->out, object ? '{' : '[');
  g_array_append_val (self->stack, frame);
}

static void
end (KwJsonWriter *self,
     gboolean      object)
{
  Frame frame;

  g_return_if_fail (top (self) != NULL && top (self)->object == object);
  g_return_if_fail (!self->after_member);

  frame = *top (self);
  g_array_set_size (self->stack, self->stack->len - 1);
  if (!frame.compact && frame.n > 0)
    {
      g_string_append_c (self->out, '\n');
      for (guint i = 0; i < self->stack->len; i++)
        g_string_append (self->out, "  ");
    }
  g_string_append_c (self->out, object ? '}' : ']');
}

void
kw_json_writer_begin_object (KwJsonWriter *self,
                             gboolean      compact)
{
  g_return_if_fail (self != NULL);
  begin (self, TRUE, compact);
}

void
kw_json_writer_end_object (KwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  end (self, TRUE);
}

void
kw_json_writer_begin_array (KwJsonWriter *self,
                            gboolean      compact)
{
  g_return_if_fail (self != NULL);
  begin (self, FALSE, compact);
}

void
kw_json_writer_end_array (KwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  end (self, FALSE);
}

void
kw_json_writer_member (KwJsonWriter *self,
                       const char   *name)
{
  Frame *frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);
  frame = top (self);
  g_return_if_fail (frame != NULL && frame->object && !self->after_member);

  newline_or_space (self, frame);
  append_string (self->out, name);
  g_string_append (self->out, ": ");
  self->after_member = TRUE;
}

void
kw_json_writer_string (KwJsonWriter *self,
                       const char   *value)
{
  g_return_if_fail (self != NULL);

  if (value == NULL)
    {
      kw_json_writer_null (self);
      return;
    }
  before_value (self);
  append_string (self->out, value);
}

void
kw_json_writer_integer (KwJsonWriter *self,
                        gint64        value)
{
  g_return_if_fail (self != NULL);
  before_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
kw_json_writer_boolean (KwJsonWriter *self,
                        gboolean      value)
{
  g_return_if_fail (self != NULL);
  before_value (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
kw_json_writer_null (KwJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  before_value (self);
  g_string_append (self->out, "null");
}

/**
 * kw_json_writer_free_to_bytes:
 * @self: (transfer full): a writer whose containers are all closed
 *
 * Returns: (transfer full): the text, ending in a line break
 */
GBytes *
kw_json_writer_free_to_bytes (KwJsonWriter *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_warn_if_fail (self->stack->len == 0);

  out = g_steal_pointer (&self->out);
  g_string_append_c (out, '\n');
  kw_json_writer_free (self);
  return g_string_free_to_bytes (out);
}
