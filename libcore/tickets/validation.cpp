#include "tickets/validation.h"
